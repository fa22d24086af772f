/* eslint-disable */
import { GeneratedType } from "@cosmjs/proto-signing";
import { MsgSetActivityType, MsgAddVerifier, MsgRemoveVerifier, MsgRegisterDevice, MsgRemoveDevice, MsgRecordActivity, MsgConfirmActivity, MsgConvertPoints, MsgUpdateParams } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/btt.health.v1.MsgSetActivityType", MsgSetActivityType], ["/btt.health.v1.MsgAddVerifier", MsgAddVerifier], ["/btt.health.v1.MsgRemoveVerifier", MsgRemoveVerifier], ["/btt.health.v1.MsgRegisterDevice", MsgRegisterDevice], ["/btt.health.v1.MsgRemoveDevice", MsgRemoveDevice], ["/btt.health.v1.MsgRecordActivity", MsgRecordActivity], ["/btt.health.v1.MsgConfirmActivity", MsgConfirmActivity], ["/btt.health.v1.MsgConvertPoints", MsgConvertPoints], ["/btt.health.v1.MsgUpdateParams", MsgUpdateParams]];
export const MessageComposer = {
  encoded: {
    setActivityType(value: MsgSetActivityType) {
      return {
        typeUrl: "/btt.health.v1.MsgSetActivityType",
        value: MsgSetActivityType.encode(value).finish()
      };
    },
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgAddVerifier",
        value: MsgAddVerifier.encode(value).finish()
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.encode(value).finish()
      };
    },
    registerDevice(value: MsgRegisterDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRegisterDevice",
        value: MsgRegisterDevice.encode(value).finish()
      };
    },
    removeDevice(value: MsgRemoveDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveDevice",
        value: MsgRemoveDevice.encode(value).finish()
      };
    },
    recordActivity(value: MsgRecordActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgRecordActivity",
        value: MsgRecordActivity.encode(value).finish()
      };
    },
    confirmActivity(value: MsgConfirmActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgConfirmActivity",
        value: MsgConfirmActivity.encode(value).finish()
      };
    },
    convertPoints(value: MsgConvertPoints) {
      return {
        typeUrl: "/btt.health.v1.MsgConvertPoints",
        value: MsgConvertPoints.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.health.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    setActivityType(value: MsgSetActivityType) {
      return {
        typeUrl: "/btt.health.v1.MsgSetActivityType",
        value
      };
    },
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgAddVerifier",
        value
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveVerifier",
        value
      };
    },
    registerDevice(value: MsgRegisterDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRegisterDevice",
        value
      };
    },
    removeDevice(value: MsgRemoveDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveDevice",
        value
      };
    },
    recordActivity(value: MsgRecordActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgRecordActivity",
        value
      };
    },
    confirmActivity(value: MsgConfirmActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgConfirmActivity",
        value
      };
    },
    convertPoints(value: MsgConvertPoints) {
      return {
        typeUrl: "/btt.health.v1.MsgConvertPoints",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.health.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    setActivityType(value: MsgSetActivityType) {
      return {
        typeUrl: "/btt.health.v1.MsgSetActivityType",
        value: MsgSetActivityType.toJSON(value)
      };
    },
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgAddVerifier",
        value: MsgAddVerifier.toJSON(value)
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.toJSON(value)
      };
    },
    registerDevice(value: MsgRegisterDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRegisterDevice",
        value: MsgRegisterDevice.toJSON(value)
      };
    },
    removeDevice(value: MsgRemoveDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveDevice",
        value: MsgRemoveDevice.toJSON(value)
      };
    },
    recordActivity(value: MsgRecordActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgRecordActivity",
        value: MsgRecordActivity.toJSON(value)
      };
    },
    confirmActivity(value: MsgConfirmActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgConfirmActivity",
        value: MsgConfirmActivity.toJSON(value)
      };
    },
    convertPoints(value: MsgConvertPoints) {
      return {
        typeUrl: "/btt.health.v1.MsgConvertPoints",
        value: MsgConvertPoints.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.health.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    setActivityType(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgSetActivityType",
        value: MsgSetActivityType.fromJSON(value)
      };
    },
    addVerifier(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgAddVerifier",
        value: MsgAddVerifier.fromJSON(value)
      };
    },
    removeVerifier(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.fromJSON(value)
      };
    },
    registerDevice(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgRegisterDevice",
        value: MsgRegisterDevice.fromJSON(value)
      };
    },
    removeDevice(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveDevice",
        value: MsgRemoveDevice.fromJSON(value)
      };
    },
    recordActivity(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgRecordActivity",
        value: MsgRecordActivity.fromJSON(value)
      };
    },
    confirmActivity(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgConfirmActivity",
        value: MsgConfirmActivity.fromJSON(value)
      };
    },
    convertPoints(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgConvertPoints",
        value: MsgConvertPoints.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/btt.health.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    setActivityType(value: MsgSetActivityType) {
      return {
        typeUrl: "/btt.health.v1.MsgSetActivityType",
        value: MsgSetActivityType.fromPartial(value)
      };
    },
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgAddVerifier",
        value: MsgAddVerifier.fromPartial(value)
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.fromPartial(value)
      };
    },
    registerDevice(value: MsgRegisterDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRegisterDevice",
        value: MsgRegisterDevice.fromPartial(value)
      };
    },
    removeDevice(value: MsgRemoveDevice) {
      return {
        typeUrl: "/btt.health.v1.MsgRemoveDevice",
        value: MsgRemoveDevice.fromPartial(value)
      };
    },
    recordActivity(value: MsgRecordActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgRecordActivity",
        value: MsgRecordActivity.fromPartial(value)
      };
    },
    confirmActivity(value: MsgConfirmActivity) {
      return {
        typeUrl: "/btt.health.v1.MsgConfirmActivity",
        value: MsgConfirmActivity.fromPartial(value)
      };
    },
    convertPoints(value: MsgConvertPoints) {
      return {
        typeUrl: "/btt.health.v1.MsgConvertPoints",
        value: MsgConvertPoints.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.health.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};