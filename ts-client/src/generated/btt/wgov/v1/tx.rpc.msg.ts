/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { MsgUpdateParams, MsgUpdateParamsResponse, MsgSetInstitutions, MsgSetInstitutionsResponse, MsgNominate, MsgNominateResponse, MsgVoteRepresentative, MsgVoteRepresentativeResponse, MsgRecallRepresentative, MsgRecallRepresentativeResponse } from "./tx.js";
/** Msg is the x/wgov transaction service. */
export interface Msg {
  /** UpdateParams sets the params: schedule, compute window, terms, seats (gov authority only). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
  /** SetInstitutions replaces the institutions class (gov authority only). */
  setInstitutions(request: MsgSetInstitutions): Promise<MsgSetInstitutionsResponse>;
  /** Nominate makes the signer a candidate for the next term (during the nomination window). */
  nominate(request: MsgNominate): Promise<MsgNominateResponse>;
  /** VoteRepresentative casts (or replaces) the signer's ballot in the current election. */
  voteRepresentative(request: MsgVoteRepresentative): Promise<MsgVoteRepresentativeResponse>;
  /** RecallRepresentative unseats a representative (gov authority only). */
  recallRepresentative(request: MsgRecallRepresentative): Promise<MsgRecallRepresentativeResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.updateParams = this.updateParams.bind(this);
    this.setInstitutions = this.setInstitutions.bind(this);
    this.nominate = this.nominate.bind(this);
    this.voteRepresentative = this.voteRepresentative.bind(this);
    this.recallRepresentative = this.recallRepresentative.bind(this);
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
  setInstitutions(request: MsgSetInstitutions): Promise<MsgSetInstitutionsResponse> {
    const data = MsgSetInstitutions.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Msg", "SetInstitutions", data);
    return promise.then(data => MsgSetInstitutionsResponse.decode(new BinaryReader(data)));
  }
  nominate(request: MsgNominate): Promise<MsgNominateResponse> {
    const data = MsgNominate.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Msg", "Nominate", data);
    return promise.then(data => MsgNominateResponse.decode(new BinaryReader(data)));
  }
  voteRepresentative(request: MsgVoteRepresentative): Promise<MsgVoteRepresentativeResponse> {
    const data = MsgVoteRepresentative.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Msg", "VoteRepresentative", data);
    return promise.then(data => MsgVoteRepresentativeResponse.decode(new BinaryReader(data)));
  }
  recallRepresentative(request: MsgRecallRepresentative): Promise<MsgRecallRepresentativeResponse> {
    const data = MsgRecallRepresentative.encode(request).finish();
    const promise = this.rpc.request("btt.wgov.v1.Msg", "RecallRepresentative", data);
    return promise.then(data => MsgRecallRepresentativeResponse.decode(new BinaryReader(data)));
  }
}