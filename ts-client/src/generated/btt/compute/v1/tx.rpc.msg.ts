/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { MsgRegisterNode, MsgRegisterNodeResponse, MsgUpdateNode, MsgUpdateNodeResponse, MsgHeartbeat, MsgHeartbeatResponse, MsgUnbondNode, MsgUnbondNodeResponse, MsgRegisterModel, MsgRegisterModelResponse, MsgDeprecateModel, MsgDeprecateModelResponse, MsgSubmitTask, MsgSubmitTaskResponse, MsgCommitResult, MsgCommitResultResponse, MsgRevealResult, MsgRevealResultResponse, MsgAttestNode, MsgAttestNodeResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx.js";
/** Msg is the x/compute transaction service. */
export interface Msg {
  /** RegisterNode registers a compute node and locks its stake in the module. */
  registerNode(request: MsgRegisterNode): Promise<MsgRegisterNodeResponse>;
  /** UpdateNode changes a node's declared data and served models. */
  updateNode(request: MsgUpdateNode): Promise<MsgUpdateNodeResponse>;
  /** Heartbeat marks the node alive for the current epoch (and unjails it after its jail term). */
  heartbeat(request: MsgHeartbeat): Promise<MsgHeartbeatResponse>;
  /** UnbondNode starts the unbonding delay; the stake is returned when it ends. */
  unbondNode(request: MsgUnbondNode): Promise<MsgUnbondNodeResponse>;
  /** RegisterModel registers an ONNX model (gov authority only). */
  registerModel(request: MsgRegisterModel): Promise<MsgRegisterModelResponse>;
  /** DeprecateModel stops new tasks for a model (gov authority only). */
  deprecateModel(request: MsgDeprecateModel): Promise<MsgDeprecateModelResponse>;
  /** SubmitTask escrows max_fee and queues the task for assignment. */
  submitTask(request: MsgSubmitTask): Promise<MsgSubmitTaskResponse>;
  /** CommitResult records an assigned worker's commitment. */
  commitResult(request: MsgCommitResult): Promise<MsgCommitResultResponse>;
  /** RevealResult opens a commitment. */
  revealResult(request: MsgRevealResult): Promise<MsgRevealResultResponse>;
  /** AttestNode records an x/rwa TECHNICAL verifier's attestation of a node's declared region and energy class. */
  attestNode(request: MsgAttestNode): Promise<MsgAttestNodeResponse>;
  /** UpdateParams sets the module parameters (gov authority only). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.registerNode = this.registerNode.bind(this);
    this.updateNode = this.updateNode.bind(this);
    this.heartbeat = this.heartbeat.bind(this);
    this.unbondNode = this.unbondNode.bind(this);
    this.registerModel = this.registerModel.bind(this);
    this.deprecateModel = this.deprecateModel.bind(this);
    this.submitTask = this.submitTask.bind(this);
    this.commitResult = this.commitResult.bind(this);
    this.revealResult = this.revealResult.bind(this);
    this.attestNode = this.attestNode.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  registerNode(request: MsgRegisterNode): Promise<MsgRegisterNodeResponse> {
    const data = MsgRegisterNode.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "RegisterNode", data);
    return promise.then(data => MsgRegisterNodeResponse.decode(new BinaryReader(data)));
  }
  updateNode(request: MsgUpdateNode): Promise<MsgUpdateNodeResponse> {
    const data = MsgUpdateNode.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "UpdateNode", data);
    return promise.then(data => MsgUpdateNodeResponse.decode(new BinaryReader(data)));
  }
  heartbeat(request: MsgHeartbeat): Promise<MsgHeartbeatResponse> {
    const data = MsgHeartbeat.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "Heartbeat", data);
    return promise.then(data => MsgHeartbeatResponse.decode(new BinaryReader(data)));
  }
  unbondNode(request: MsgUnbondNode): Promise<MsgUnbondNodeResponse> {
    const data = MsgUnbondNode.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "UnbondNode", data);
    return promise.then(data => MsgUnbondNodeResponse.decode(new BinaryReader(data)));
  }
  registerModel(request: MsgRegisterModel): Promise<MsgRegisterModelResponse> {
    const data = MsgRegisterModel.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "RegisterModel", data);
    return promise.then(data => MsgRegisterModelResponse.decode(new BinaryReader(data)));
  }
  deprecateModel(request: MsgDeprecateModel): Promise<MsgDeprecateModelResponse> {
    const data = MsgDeprecateModel.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "DeprecateModel", data);
    return promise.then(data => MsgDeprecateModelResponse.decode(new BinaryReader(data)));
  }
  submitTask(request: MsgSubmitTask): Promise<MsgSubmitTaskResponse> {
    const data = MsgSubmitTask.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "SubmitTask", data);
    return promise.then(data => MsgSubmitTaskResponse.decode(new BinaryReader(data)));
  }
  commitResult(request: MsgCommitResult): Promise<MsgCommitResultResponse> {
    const data = MsgCommitResult.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "CommitResult", data);
    return promise.then(data => MsgCommitResultResponse.decode(new BinaryReader(data)));
  }
  revealResult(request: MsgRevealResult): Promise<MsgRevealResultResponse> {
    const data = MsgRevealResult.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "RevealResult", data);
    return promise.then(data => MsgRevealResultResponse.decode(new BinaryReader(data)));
  }
  attestNode(request: MsgAttestNode): Promise<MsgAttestNodeResponse> {
    const data = MsgAttestNode.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "AttestNode", data);
    return promise.then(data => MsgAttestNodeResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("btt.compute.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}