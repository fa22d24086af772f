/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { MsgAddVerifier, MsgAddVerifierResponse, MsgRemoveVerifier, MsgRemoveVerifierResponse, MsgIssueCredential, MsgIssueCredentialResponse, MsgRevokeCredential, MsgRevokeCredentialResponse, MsgRegisterAsset, MsgRegisterAssetResponse, MsgAttestAsset, MsgAttestAssetResponse, MsgRetireAsset, MsgRetireAssetResponse, MsgTokenize, MsgTokenizeResponse, MsgUpdateValuation, MsgUpdateValuationResponse, MsgPlaceOrder, MsgPlaceOrderResponse, MsgCancelOrder, MsgCancelOrderResponse, MsgPruneLapsedOrders, MsgPruneLapsedOrdersResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx.js";
/** Msg is the x/rwa transaction service. */
export interface Msg {
  /** AddVerifier appoints a verifier (gov authority only). */
  addVerifier(request: MsgAddVerifier): Promise<MsgAddVerifierResponse>;
  /** RemoveVerifier removes a verifier (gov authority only); the credentials it issued stop being valid. */
  removeVerifier(request: MsgRemoveVerifier): Promise<MsgRemoveVerifierResponse>;
  /** IssueCredential issues (or renews) an account's KYC credential for a jurisdiction (KYC verifier). */
  issueCredential(request: MsgIssueCredential): Promise<MsgIssueCredentialResponse>;
  /** RevokeCredential revokes an account's credential (a KYC verifier of that jurisdiction). */
  revokeCredential(request: MsgRevokeCredential): Promise<MsgRevokeCredentialResponse>;
  /** RegisterAsset registers a PENDING asset. */
  registerAsset(request: MsgRegisterAsset): Promise<MsgRegisterAssetResponse>;
  /** AttestAsset records a REGULATORY or TECHNICAL verifier's approval or rejection of a PENDING asset. */
  attestAsset(request: MsgAttestAsset): Promise<MsgAttestAssetResponse>;
  /** RetireAsset withdraws an asset; when tokenized, the owner must hold every share (they are burned). */
  retireAsset(request: MsgRetireAsset): Promise<MsgRetireAssetResponse>;
  /** Tokenize mints share_count shares rwa/{id} of a VERIFIED asset to its owner, for params.tokenize_fee. */
  tokenize(request: MsgTokenize): Promise<MsgTokenizeResponse>;
  /** UpdateValuation appends a valuation to an asset's history (TECHNICAL verifier). */
  updateValuation(request: MsgUpdateValuation): Promise<MsgUpdateValuationResponse>;
  /** PlaceOrder places a limit order, matches it against the book, and rests what is left. */
  placeOrder(request: MsgPlaceOrder): Promise<MsgPlaceOrderResponse>;
  /** CancelOrder cancels a resting order and returns its escrow. */
  cancelOrder(request: MsgCancelOrder): Promise<MsgCancelOrderResponse>;
  /**
   * PruneLapsedOrders lets anyone cancel the resting orders of one book side whose owners no longer
   * hold a valid credential (escrow returned to them), visiting at most `limit` orders from the best price.
   */
  pruneLapsedOrders(request: MsgPruneLapsedOrders): Promise<MsgPruneLapsedOrdersResponse>;
  /** UpdateParams sets the module parameters (gov authority only). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.addVerifier = this.addVerifier.bind(this);
    this.removeVerifier = this.removeVerifier.bind(this);
    this.issueCredential = this.issueCredential.bind(this);
    this.revokeCredential = this.revokeCredential.bind(this);
    this.registerAsset = this.registerAsset.bind(this);
    this.attestAsset = this.attestAsset.bind(this);
    this.retireAsset = this.retireAsset.bind(this);
    this.tokenize = this.tokenize.bind(this);
    this.updateValuation = this.updateValuation.bind(this);
    this.placeOrder = this.placeOrder.bind(this);
    this.cancelOrder = this.cancelOrder.bind(this);
    this.pruneLapsedOrders = this.pruneLapsedOrders.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  addVerifier(request: MsgAddVerifier): Promise<MsgAddVerifierResponse> {
    const data = MsgAddVerifier.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "AddVerifier", data);
    return promise.then(data => MsgAddVerifierResponse.decode(new BinaryReader(data)));
  }
  removeVerifier(request: MsgRemoveVerifier): Promise<MsgRemoveVerifierResponse> {
    const data = MsgRemoveVerifier.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "RemoveVerifier", data);
    return promise.then(data => MsgRemoveVerifierResponse.decode(new BinaryReader(data)));
  }
  issueCredential(request: MsgIssueCredential): Promise<MsgIssueCredentialResponse> {
    const data = MsgIssueCredential.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "IssueCredential", data);
    return promise.then(data => MsgIssueCredentialResponse.decode(new BinaryReader(data)));
  }
  revokeCredential(request: MsgRevokeCredential): Promise<MsgRevokeCredentialResponse> {
    const data = MsgRevokeCredential.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "RevokeCredential", data);
    return promise.then(data => MsgRevokeCredentialResponse.decode(new BinaryReader(data)));
  }
  registerAsset(request: MsgRegisterAsset): Promise<MsgRegisterAssetResponse> {
    const data = MsgRegisterAsset.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "RegisterAsset", data);
    return promise.then(data => MsgRegisterAssetResponse.decode(new BinaryReader(data)));
  }
  attestAsset(request: MsgAttestAsset): Promise<MsgAttestAssetResponse> {
    const data = MsgAttestAsset.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "AttestAsset", data);
    return promise.then(data => MsgAttestAssetResponse.decode(new BinaryReader(data)));
  }
  retireAsset(request: MsgRetireAsset): Promise<MsgRetireAssetResponse> {
    const data = MsgRetireAsset.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "RetireAsset", data);
    return promise.then(data => MsgRetireAssetResponse.decode(new BinaryReader(data)));
  }
  tokenize(request: MsgTokenize): Promise<MsgTokenizeResponse> {
    const data = MsgTokenize.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "Tokenize", data);
    return promise.then(data => MsgTokenizeResponse.decode(new BinaryReader(data)));
  }
  updateValuation(request: MsgUpdateValuation): Promise<MsgUpdateValuationResponse> {
    const data = MsgUpdateValuation.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "UpdateValuation", data);
    return promise.then(data => MsgUpdateValuationResponse.decode(new BinaryReader(data)));
  }
  placeOrder(request: MsgPlaceOrder): Promise<MsgPlaceOrderResponse> {
    const data = MsgPlaceOrder.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "PlaceOrder", data);
    return promise.then(data => MsgPlaceOrderResponse.decode(new BinaryReader(data)));
  }
  cancelOrder(request: MsgCancelOrder): Promise<MsgCancelOrderResponse> {
    const data = MsgCancelOrder.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "CancelOrder", data);
    return promise.then(data => MsgCancelOrderResponse.decode(new BinaryReader(data)));
  }
  pruneLapsedOrders(request: MsgPruneLapsedOrders): Promise<MsgPruneLapsedOrdersResponse> {
    const data = MsgPruneLapsedOrders.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "PruneLapsedOrders", data);
    return promise.then(data => MsgPruneLapsedOrdersResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}