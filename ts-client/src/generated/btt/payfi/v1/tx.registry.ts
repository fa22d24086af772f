/* eslint-disable */
import { GeneratedType } from "@cosmjs/proto-signing";
import { MsgRegisterMerchant, MsgCreateInvoice, MsgPayInvoice, MsgRefund, MsgUpdateParams } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/btt.payfi.v1.MsgRegisterMerchant", MsgRegisterMerchant], ["/btt.payfi.v1.MsgCreateInvoice", MsgCreateInvoice], ["/btt.payfi.v1.MsgPayInvoice", MsgPayInvoice], ["/btt.payfi.v1.MsgRefund", MsgRefund], ["/btt.payfi.v1.MsgUpdateParams", MsgUpdateParams]];
export const MessageComposer = {
  encoded: {
    registerMerchant(value: MsgRegisterMerchant) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRegisterMerchant",
        value: MsgRegisterMerchant.encode(value).finish()
      };
    },
    createInvoice(value: MsgCreateInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgCreateInvoice",
        value: MsgCreateInvoice.encode(value).finish()
      };
    },
    payInvoice(value: MsgPayInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgPayInvoice",
        value: MsgPayInvoice.encode(value).finish()
      };
    },
    refund(value: MsgRefund) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRefund",
        value: MsgRefund.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.payfi.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    registerMerchant(value: MsgRegisterMerchant) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRegisterMerchant",
        value
      };
    },
    createInvoice(value: MsgCreateInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgCreateInvoice",
        value
      };
    },
    payInvoice(value: MsgPayInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgPayInvoice",
        value
      };
    },
    refund(value: MsgRefund) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRefund",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.payfi.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    registerMerchant(value: MsgRegisterMerchant) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRegisterMerchant",
        value: MsgRegisterMerchant.toJSON(value)
      };
    },
    createInvoice(value: MsgCreateInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgCreateInvoice",
        value: MsgCreateInvoice.toJSON(value)
      };
    },
    payInvoice(value: MsgPayInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgPayInvoice",
        value: MsgPayInvoice.toJSON(value)
      };
    },
    refund(value: MsgRefund) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRefund",
        value: MsgRefund.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.payfi.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    registerMerchant(value: any) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRegisterMerchant",
        value: MsgRegisterMerchant.fromJSON(value)
      };
    },
    createInvoice(value: any) {
      return {
        typeUrl: "/btt.payfi.v1.MsgCreateInvoice",
        value: MsgCreateInvoice.fromJSON(value)
      };
    },
    payInvoice(value: any) {
      return {
        typeUrl: "/btt.payfi.v1.MsgPayInvoice",
        value: MsgPayInvoice.fromJSON(value)
      };
    },
    refund(value: any) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRefund",
        value: MsgRefund.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/btt.payfi.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    registerMerchant(value: MsgRegisterMerchant) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRegisterMerchant",
        value: MsgRegisterMerchant.fromPartial(value)
      };
    },
    createInvoice(value: MsgCreateInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgCreateInvoice",
        value: MsgCreateInvoice.fromPartial(value)
      };
    },
    payInvoice(value: MsgPayInvoice) {
      return {
        typeUrl: "/btt.payfi.v1.MsgPayInvoice",
        value: MsgPayInvoice.fromPartial(value)
      };
    },
    refund(value: MsgRefund) {
      return {
        typeUrl: "/btt.payfi.v1.MsgRefund",
        value: MsgRefund.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.payfi.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};