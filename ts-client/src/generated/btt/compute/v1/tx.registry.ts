/* eslint-disable */
import { GeneratedType } from "@cosmjs/proto-signing";
import { MsgRegisterNode, MsgUpdateNode, MsgHeartbeat, MsgUnbondNode, MsgRegisterModel, MsgDeprecateModel, MsgSubmitTask, MsgCommitResult, MsgRevealResult, MsgAttestNode, MsgUpdateParams } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/btt.compute.v1.MsgRegisterNode", MsgRegisterNode], ["/btt.compute.v1.MsgUpdateNode", MsgUpdateNode], ["/btt.compute.v1.MsgHeartbeat", MsgHeartbeat], ["/btt.compute.v1.MsgUnbondNode", MsgUnbondNode], ["/btt.compute.v1.MsgRegisterModel", MsgRegisterModel], ["/btt.compute.v1.MsgDeprecateModel", MsgDeprecateModel], ["/btt.compute.v1.MsgSubmitTask", MsgSubmitTask], ["/btt.compute.v1.MsgCommitResult", MsgCommitResult], ["/btt.compute.v1.MsgRevealResult", MsgRevealResult], ["/btt.compute.v1.MsgAttestNode", MsgAttestNode], ["/btt.compute.v1.MsgUpdateParams", MsgUpdateParams]];
export const MessageComposer = {
  encoded: {
    registerNode(value: MsgRegisterNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterNode",
        value: MsgRegisterNode.encode(value).finish()
      };
    },
    updateNode(value: MsgUpdateNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateNode",
        value: MsgUpdateNode.encode(value).finish()
      };
    },
    heartbeat(value: MsgHeartbeat) {
      return {
        typeUrl: "/btt.compute.v1.MsgHeartbeat",
        value: MsgHeartbeat.encode(value).finish()
      };
    },
    unbondNode(value: MsgUnbondNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUnbondNode",
        value: MsgUnbondNode.encode(value).finish()
      };
    },
    registerModel(value: MsgRegisterModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterModel",
        value: MsgRegisterModel.encode(value).finish()
      };
    },
    deprecateModel(value: MsgDeprecateModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgDeprecateModel",
        value: MsgDeprecateModel.encode(value).finish()
      };
    },
    submitTask(value: MsgSubmitTask) {
      return {
        typeUrl: "/btt.compute.v1.MsgSubmitTask",
        value: MsgSubmitTask.encode(value).finish()
      };
    },
    commitResult(value: MsgCommitResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgCommitResult",
        value: MsgCommitResult.encode(value).finish()
      };
    },
    revealResult(value: MsgRevealResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgRevealResult",
        value: MsgRevealResult.encode(value).finish()
      };
    },
    attestNode(value: MsgAttestNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgAttestNode",
        value: MsgAttestNode.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    registerNode(value: MsgRegisterNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterNode",
        value
      };
    },
    updateNode(value: MsgUpdateNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateNode",
        value
      };
    },
    heartbeat(value: MsgHeartbeat) {
      return {
        typeUrl: "/btt.compute.v1.MsgHeartbeat",
        value
      };
    },
    unbondNode(value: MsgUnbondNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUnbondNode",
        value
      };
    },
    registerModel(value: MsgRegisterModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterModel",
        value
      };
    },
    deprecateModel(value: MsgDeprecateModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgDeprecateModel",
        value
      };
    },
    submitTask(value: MsgSubmitTask) {
      return {
        typeUrl: "/btt.compute.v1.MsgSubmitTask",
        value
      };
    },
    commitResult(value: MsgCommitResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgCommitResult",
        value
      };
    },
    revealResult(value: MsgRevealResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgRevealResult",
        value
      };
    },
    attestNode(value: MsgAttestNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgAttestNode",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    registerNode(value: MsgRegisterNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterNode",
        value: MsgRegisterNode.toJSON(value)
      };
    },
    updateNode(value: MsgUpdateNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateNode",
        value: MsgUpdateNode.toJSON(value)
      };
    },
    heartbeat(value: MsgHeartbeat) {
      return {
        typeUrl: "/btt.compute.v1.MsgHeartbeat",
        value: MsgHeartbeat.toJSON(value)
      };
    },
    unbondNode(value: MsgUnbondNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUnbondNode",
        value: MsgUnbondNode.toJSON(value)
      };
    },
    registerModel(value: MsgRegisterModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterModel",
        value: MsgRegisterModel.toJSON(value)
      };
    },
    deprecateModel(value: MsgDeprecateModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgDeprecateModel",
        value: MsgDeprecateModel.toJSON(value)
      };
    },
    submitTask(value: MsgSubmitTask) {
      return {
        typeUrl: "/btt.compute.v1.MsgSubmitTask",
        value: MsgSubmitTask.toJSON(value)
      };
    },
    commitResult(value: MsgCommitResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgCommitResult",
        value: MsgCommitResult.toJSON(value)
      };
    },
    revealResult(value: MsgRevealResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgRevealResult",
        value: MsgRevealResult.toJSON(value)
      };
    },
    attestNode(value: MsgAttestNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgAttestNode",
        value: MsgAttestNode.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    registerNode(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterNode",
        value: MsgRegisterNode.fromJSON(value)
      };
    },
    updateNode(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateNode",
        value: MsgUpdateNode.fromJSON(value)
      };
    },
    heartbeat(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgHeartbeat",
        value: MsgHeartbeat.fromJSON(value)
      };
    },
    unbondNode(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgUnbondNode",
        value: MsgUnbondNode.fromJSON(value)
      };
    },
    registerModel(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterModel",
        value: MsgRegisterModel.fromJSON(value)
      };
    },
    deprecateModel(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgDeprecateModel",
        value: MsgDeprecateModel.fromJSON(value)
      };
    },
    submitTask(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgSubmitTask",
        value: MsgSubmitTask.fromJSON(value)
      };
    },
    commitResult(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgCommitResult",
        value: MsgCommitResult.fromJSON(value)
      };
    },
    revealResult(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgRevealResult",
        value: MsgRevealResult.fromJSON(value)
      };
    },
    attestNode(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgAttestNode",
        value: MsgAttestNode.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    registerNode(value: MsgRegisterNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterNode",
        value: MsgRegisterNode.fromPartial(value)
      };
    },
    updateNode(value: MsgUpdateNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateNode",
        value: MsgUpdateNode.fromPartial(value)
      };
    },
    heartbeat(value: MsgHeartbeat) {
      return {
        typeUrl: "/btt.compute.v1.MsgHeartbeat",
        value: MsgHeartbeat.fromPartial(value)
      };
    },
    unbondNode(value: MsgUnbondNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgUnbondNode",
        value: MsgUnbondNode.fromPartial(value)
      };
    },
    registerModel(value: MsgRegisterModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgRegisterModel",
        value: MsgRegisterModel.fromPartial(value)
      };
    },
    deprecateModel(value: MsgDeprecateModel) {
      return {
        typeUrl: "/btt.compute.v1.MsgDeprecateModel",
        value: MsgDeprecateModel.fromPartial(value)
      };
    },
    submitTask(value: MsgSubmitTask) {
      return {
        typeUrl: "/btt.compute.v1.MsgSubmitTask",
        value: MsgSubmitTask.fromPartial(value)
      };
    },
    commitResult(value: MsgCommitResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgCommitResult",
        value: MsgCommitResult.fromPartial(value)
      };
    },
    revealResult(value: MsgRevealResult) {
      return {
        typeUrl: "/btt.compute.v1.MsgRevealResult",
        value: MsgRevealResult.fromPartial(value)
      };
    },
    attestNode(value: MsgAttestNode) {
      return {
        typeUrl: "/btt.compute.v1.MsgAttestNode",
        value: MsgAttestNode.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.compute.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};