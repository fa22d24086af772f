/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { MsgSetActivityType, MsgSetActivityTypeResponse, MsgAddVerifier, MsgAddVerifierResponse, MsgRemoveVerifier, MsgRemoveVerifierResponse, MsgRegisterDevice, MsgRegisterDeviceResponse, MsgRemoveDevice, MsgRemoveDeviceResponse, MsgRecordActivity, MsgRecordActivityResponse, MsgConfirmActivity, MsgConfirmActivityResponse, MsgConvertPoints, MsgConvertPointsResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx.js";
/** Msg is the x/health transaction service. */
export interface Msg {
  /** SetActivityType creates or replaces an activity type (gov authority only). */
  setActivityType(request: MsgSetActivityType): Promise<MsgSetActivityTypeResponse>;
  /** AddVerifier appoints an ORACLE or PROVIDER verifier (gov authority only). */
  addVerifier(request: MsgAddVerifier): Promise<MsgAddVerifierResponse>;
  /** RemoveVerifier removes a verifier (gov authority only). */
  removeVerifier(request: MsgRemoveVerifier): Promise<MsgRemoveVerifierResponse>;
  /** RegisterDevice registers or re-keys an IoT device (gov authority only). */
  registerDevice(request: MsgRegisterDevice): Promise<MsgRegisterDeviceResponse>;
  /** RemoveDevice removes a device (gov authority only). */
  removeDevice(request: MsgRemoveDevice): Promise<MsgRemoveDeviceResponse>;
  /**
   * RecordActivity records a patient's activity: by an ORACLE or PROVIDER signer, or a DEVICE
   * reading (device signature) submitted by any relayer.
   */
  recordActivity(request: MsgRecordActivity): Promise<MsgRecordActivityResponse>;
  /** ConfirmActivity adds a further verifier's confirmation to a recorded activity. */
  confirmActivity(request: MsgConfirmActivity): Promise<MsgConfirmActivityResponse>;
  /**
   * ConvertPoints converts matured points to BTT from the community incentives pool at the
   * epoch's rate, first come first served within the epoch budget.
   */
  convertPoints(request: MsgConvertPoints): Promise<MsgConvertPointsResponse>;
  /** UpdateParams sets the module parameters (gov authority only). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.setActivityType = this.setActivityType.bind(this);
    this.addVerifier = this.addVerifier.bind(this);
    this.removeVerifier = this.removeVerifier.bind(this);
    this.registerDevice = this.registerDevice.bind(this);
    this.removeDevice = this.removeDevice.bind(this);
    this.recordActivity = this.recordActivity.bind(this);
    this.confirmActivity = this.confirmActivity.bind(this);
    this.convertPoints = this.convertPoints.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  setActivityType(request: MsgSetActivityType): Promise<MsgSetActivityTypeResponse> {
    const data = MsgSetActivityType.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "SetActivityType", data);
    return promise.then(data => MsgSetActivityTypeResponse.decode(new BinaryReader(data)));
  }
  addVerifier(request: MsgAddVerifier): Promise<MsgAddVerifierResponse> {
    const data = MsgAddVerifier.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "AddVerifier", data);
    return promise.then(data => MsgAddVerifierResponse.decode(new BinaryReader(data)));
  }
  removeVerifier(request: MsgRemoveVerifier): Promise<MsgRemoveVerifierResponse> {
    const data = MsgRemoveVerifier.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "RemoveVerifier", data);
    return promise.then(data => MsgRemoveVerifierResponse.decode(new BinaryReader(data)));
  }
  registerDevice(request: MsgRegisterDevice): Promise<MsgRegisterDeviceResponse> {
    const data = MsgRegisterDevice.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "RegisterDevice", data);
    return promise.then(data => MsgRegisterDeviceResponse.decode(new BinaryReader(data)));
  }
  removeDevice(request: MsgRemoveDevice): Promise<MsgRemoveDeviceResponse> {
    const data = MsgRemoveDevice.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "RemoveDevice", data);
    return promise.then(data => MsgRemoveDeviceResponse.decode(new BinaryReader(data)));
  }
  recordActivity(request: MsgRecordActivity): Promise<MsgRecordActivityResponse> {
    const data = MsgRecordActivity.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "RecordActivity", data);
    return promise.then(data => MsgRecordActivityResponse.decode(new BinaryReader(data)));
  }
  confirmActivity(request: MsgConfirmActivity): Promise<MsgConfirmActivityResponse> {
    const data = MsgConfirmActivity.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "ConfirmActivity", data);
    return promise.then(data => MsgConfirmActivityResponse.decode(new BinaryReader(data)));
  }
  convertPoints(request: MsgConvertPoints): Promise<MsgConvertPointsResponse> {
    const data = MsgConvertPoints.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "ConvertPoints", data);
    return promise.then(data => MsgConvertPointsResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("btt.health.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}