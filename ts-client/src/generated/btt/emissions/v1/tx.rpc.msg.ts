/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { MsgUpdateParams, MsgUpdateParamsResponse, MsgAddMilestone, MsgAddMilestoneResponse, MsgReleaseMilestone, MsgReleaseMilestoneResponse, MsgSpendEcosystemFund, MsgSpendEcosystemFundResponse, MsgSpendCommunityIncentives, MsgSpendCommunityIncentivesResponse, MsgSpendReserve, MsgSpendReserveResponse, MsgSpendDevelopmentFund, MsgSpendDevelopmentFundResponse } from "./tx.js";
/** Msg is the x/emissions Msg service. Every message is governance-only. */
export interface Msg {
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
  addMilestone(request: MsgAddMilestone): Promise<MsgAddMilestoneResponse>;
  releaseMilestone(request: MsgReleaseMilestone): Promise<MsgReleaseMilestoneResponse>;
  spendEcosystemFund(request: MsgSpendEcosystemFund): Promise<MsgSpendEcosystemFundResponse>;
  spendCommunityIncentives(request: MsgSpendCommunityIncentives): Promise<MsgSpendCommunityIncentivesResponse>;
  spendReserve(request: MsgSpendReserve): Promise<MsgSpendReserveResponse>;
  spendDevelopmentFund(request: MsgSpendDevelopmentFund): Promise<MsgSpendDevelopmentFundResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.updateParams = this.updateParams.bind(this);
    this.addMilestone = this.addMilestone.bind(this);
    this.releaseMilestone = this.releaseMilestone.bind(this);
    this.spendEcosystemFund = this.spendEcosystemFund.bind(this);
    this.spendCommunityIncentives = this.spendCommunityIncentives.bind(this);
    this.spendReserve = this.spendReserve.bind(this);
    this.spendDevelopmentFund = this.spendDevelopmentFund.bind(this);
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
  addMilestone(request: MsgAddMilestone): Promise<MsgAddMilestoneResponse> {
    const data = MsgAddMilestone.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Msg", "AddMilestone", data);
    return promise.then(data => MsgAddMilestoneResponse.decode(new BinaryReader(data)));
  }
  releaseMilestone(request: MsgReleaseMilestone): Promise<MsgReleaseMilestoneResponse> {
    const data = MsgReleaseMilestone.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Msg", "ReleaseMilestone", data);
    return promise.then(data => MsgReleaseMilestoneResponse.decode(new BinaryReader(data)));
  }
  spendEcosystemFund(request: MsgSpendEcosystemFund): Promise<MsgSpendEcosystemFundResponse> {
    const data = MsgSpendEcosystemFund.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Msg", "SpendEcosystemFund", data);
    return promise.then(data => MsgSpendEcosystemFundResponse.decode(new BinaryReader(data)));
  }
  spendCommunityIncentives(request: MsgSpendCommunityIncentives): Promise<MsgSpendCommunityIncentivesResponse> {
    const data = MsgSpendCommunityIncentives.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Msg", "SpendCommunityIncentives", data);
    return promise.then(data => MsgSpendCommunityIncentivesResponse.decode(new BinaryReader(data)));
  }
  spendReserve(request: MsgSpendReserve): Promise<MsgSpendReserveResponse> {
    const data = MsgSpendReserve.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Msg", "SpendReserve", data);
    return promise.then(data => MsgSpendReserveResponse.decode(new BinaryReader(data)));
  }
  spendDevelopmentFund(request: MsgSpendDevelopmentFund): Promise<MsgSpendDevelopmentFundResponse> {
    const data = MsgSpendDevelopmentFund.encode(request).finish();
    const promise = this.rpc.request("btt.emissions.v1.Msg", "SpendDevelopmentFund", data);
    return promise.then(data => MsgSpendDevelopmentFundResponse.decode(new BinaryReader(data)));
  }
}