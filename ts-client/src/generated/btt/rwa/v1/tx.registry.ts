/* eslint-disable */
import { GeneratedType } from "@cosmjs/proto-signing";
import { MsgAddVerifier, MsgRemoveVerifier, MsgIssueCredential, MsgRevokeCredential, MsgRegisterAsset, MsgAttestAsset, MsgRetireAsset, MsgTokenize, MsgUpdateValuation, MsgPlaceOrder, MsgCancelOrder, MsgPruneLapsedOrders, MsgUpdateParams } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/btt.rwa.v1.MsgAddVerifier", MsgAddVerifier], ["/btt.rwa.v1.MsgRemoveVerifier", MsgRemoveVerifier], ["/btt.rwa.v1.MsgIssueCredential", MsgIssueCredential], ["/btt.rwa.v1.MsgRevokeCredential", MsgRevokeCredential], ["/btt.rwa.v1.MsgRegisterAsset", MsgRegisterAsset], ["/btt.rwa.v1.MsgAttestAsset", MsgAttestAsset], ["/btt.rwa.v1.MsgRetireAsset", MsgRetireAsset], ["/btt.rwa.v1.MsgTokenize", MsgTokenize], ["/btt.rwa.v1.MsgUpdateValuation", MsgUpdateValuation], ["/btt.rwa.v1.MsgPlaceOrder", MsgPlaceOrder], ["/btt.rwa.v1.MsgCancelOrder", MsgCancelOrder], ["/btt.rwa.v1.MsgPruneLapsedOrders", MsgPruneLapsedOrders], ["/btt.rwa.v1.MsgUpdateParams", MsgUpdateParams]];
export const MessageComposer = {
  encoded: {
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAddVerifier",
        value: MsgAddVerifier.encode(value).finish()
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.encode(value).finish()
      };
    },
    issueCredential(value: MsgIssueCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgIssueCredential",
        value: MsgIssueCredential.encode(value).finish()
      };
    },
    revokeCredential(value: MsgRevokeCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRevokeCredential",
        value: MsgRevokeCredential.encode(value).finish()
      };
    },
    registerAsset(value: MsgRegisterAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRegisterAsset",
        value: MsgRegisterAsset.encode(value).finish()
      };
    },
    attestAsset(value: MsgAttestAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAttestAsset",
        value: MsgAttestAsset.encode(value).finish()
      };
    },
    retireAsset(value: MsgRetireAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRetireAsset",
        value: MsgRetireAsset.encode(value).finish()
      };
    },
    tokenize(value: MsgTokenize) {
      return {
        typeUrl: "/btt.rwa.v1.MsgTokenize",
        value: MsgTokenize.encode(value).finish()
      };
    },
    updateValuation(value: MsgUpdateValuation) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateValuation",
        value: MsgUpdateValuation.encode(value).finish()
      };
    },
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.encode(value).finish()
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgCancelOrder",
        value: MsgCancelOrder.encode(value).finish()
      };
    },
    pruneLapsedOrders(value: MsgPruneLapsedOrders) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPruneLapsedOrders",
        value: MsgPruneLapsedOrders.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAddVerifier",
        value
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRemoveVerifier",
        value
      };
    },
    issueCredential(value: MsgIssueCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgIssueCredential",
        value
      };
    },
    revokeCredential(value: MsgRevokeCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRevokeCredential",
        value
      };
    },
    registerAsset(value: MsgRegisterAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRegisterAsset",
        value
      };
    },
    attestAsset(value: MsgAttestAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAttestAsset",
        value
      };
    },
    retireAsset(value: MsgRetireAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRetireAsset",
        value
      };
    },
    tokenize(value: MsgTokenize) {
      return {
        typeUrl: "/btt.rwa.v1.MsgTokenize",
        value
      };
    },
    updateValuation(value: MsgUpdateValuation) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateValuation",
        value
      };
    },
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPlaceOrder",
        value
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgCancelOrder",
        value
      };
    },
    pruneLapsedOrders(value: MsgPruneLapsedOrders) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPruneLapsedOrders",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAddVerifier",
        value: MsgAddVerifier.toJSON(value)
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.toJSON(value)
      };
    },
    issueCredential(value: MsgIssueCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgIssueCredential",
        value: MsgIssueCredential.toJSON(value)
      };
    },
    revokeCredential(value: MsgRevokeCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRevokeCredential",
        value: MsgRevokeCredential.toJSON(value)
      };
    },
    registerAsset(value: MsgRegisterAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRegisterAsset",
        value: MsgRegisterAsset.toJSON(value)
      };
    },
    attestAsset(value: MsgAttestAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAttestAsset",
        value: MsgAttestAsset.toJSON(value)
      };
    },
    retireAsset(value: MsgRetireAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRetireAsset",
        value: MsgRetireAsset.toJSON(value)
      };
    },
    tokenize(value: MsgTokenize) {
      return {
        typeUrl: "/btt.rwa.v1.MsgTokenize",
        value: MsgTokenize.toJSON(value)
      };
    },
    updateValuation(value: MsgUpdateValuation) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateValuation",
        value: MsgUpdateValuation.toJSON(value)
      };
    },
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.toJSON(value)
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgCancelOrder",
        value: MsgCancelOrder.toJSON(value)
      };
    },
    pruneLapsedOrders(value: MsgPruneLapsedOrders) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPruneLapsedOrders",
        value: MsgPruneLapsedOrders.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    addVerifier(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAddVerifier",
        value: MsgAddVerifier.fromJSON(value)
      };
    },
    removeVerifier(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.fromJSON(value)
      };
    },
    issueCredential(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgIssueCredential",
        value: MsgIssueCredential.fromJSON(value)
      };
    },
    revokeCredential(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRevokeCredential",
        value: MsgRevokeCredential.fromJSON(value)
      };
    },
    registerAsset(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRegisterAsset",
        value: MsgRegisterAsset.fromJSON(value)
      };
    },
    attestAsset(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAttestAsset",
        value: MsgAttestAsset.fromJSON(value)
      };
    },
    retireAsset(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRetireAsset",
        value: MsgRetireAsset.fromJSON(value)
      };
    },
    tokenize(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgTokenize",
        value: MsgTokenize.fromJSON(value)
      };
    },
    updateValuation(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateValuation",
        value: MsgUpdateValuation.fromJSON(value)
      };
    },
    placeOrder(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.fromJSON(value)
      };
    },
    cancelOrder(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgCancelOrder",
        value: MsgCancelOrder.fromJSON(value)
      };
    },
    pruneLapsedOrders(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPruneLapsedOrders",
        value: MsgPruneLapsedOrders.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    addVerifier(value: MsgAddVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAddVerifier",
        value: MsgAddVerifier.fromPartial(value)
      };
    },
    removeVerifier(value: MsgRemoveVerifier) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRemoveVerifier",
        value: MsgRemoveVerifier.fromPartial(value)
      };
    },
    issueCredential(value: MsgIssueCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgIssueCredential",
        value: MsgIssueCredential.fromPartial(value)
      };
    },
    revokeCredential(value: MsgRevokeCredential) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRevokeCredential",
        value: MsgRevokeCredential.fromPartial(value)
      };
    },
    registerAsset(value: MsgRegisterAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRegisterAsset",
        value: MsgRegisterAsset.fromPartial(value)
      };
    },
    attestAsset(value: MsgAttestAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgAttestAsset",
        value: MsgAttestAsset.fromPartial(value)
      };
    },
    retireAsset(value: MsgRetireAsset) {
      return {
        typeUrl: "/btt.rwa.v1.MsgRetireAsset",
        value: MsgRetireAsset.fromPartial(value)
      };
    },
    tokenize(value: MsgTokenize) {
      return {
        typeUrl: "/btt.rwa.v1.MsgTokenize",
        value: MsgTokenize.fromPartial(value)
      };
    },
    updateValuation(value: MsgUpdateValuation) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateValuation",
        value: MsgUpdateValuation.fromPartial(value)
      };
    },
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.fromPartial(value)
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/btt.rwa.v1.MsgCancelOrder",
        value: MsgCancelOrder.fromPartial(value)
      };
    },
    pruneLapsedOrders(value: MsgPruneLapsedOrders) {
      return {
        typeUrl: "/btt.rwa.v1.MsgPruneLapsedOrders",
        value: MsgPruneLapsedOrders.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.rwa.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};