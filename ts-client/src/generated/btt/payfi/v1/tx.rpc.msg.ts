/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { MsgRegisterMerchant, MsgRegisterMerchantResponse, MsgCreateInvoice, MsgCreateInvoiceResponse, MsgPayInvoice, MsgPayInvoiceResponse, MsgRefund, MsgRefundResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx.js";
/** Msg is the x/payfi transaction service. */
export interface Msg {
  /**
   * RegisterMerchant registers the signer as a merchant, or updates its terms; it needs a valid
   * x/rwa KYC credential for the jurisdiction.
   */
  registerMerchant(request: MsgRegisterMerchant): Promise<MsgRegisterMerchantResponse>;
  /**
   * CreateInvoice creates an invoice; the same idempotency key with the same terms returns the
   * existing invoice, with other terms it is refused.
   */
  createInvoice(request: MsgCreateInvoice): Promise<MsgCreateInvoiceResponse>;
  /** PayInvoice settles an open, unexpired invoice in full, at once. */
  payInvoice(request: MsgPayInvoice): Promise<MsgPayInvoiceResponse>;
  /** Refund returns (part of) what the payer paid, from the merchant. */
  refund(request: MsgRefund): Promise<MsgRefundResponse>;
  /** UpdateParams sets the module parameters (gov authority only). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.registerMerchant = this.registerMerchant.bind(this);
    this.createInvoice = this.createInvoice.bind(this);
    this.payInvoice = this.payInvoice.bind(this);
    this.refund = this.refund.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  registerMerchant(request: MsgRegisterMerchant): Promise<MsgRegisterMerchantResponse> {
    const data = MsgRegisterMerchant.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Msg", "RegisterMerchant", data);
    return promise.then(data => MsgRegisterMerchantResponse.decode(new BinaryReader(data)));
  }
  createInvoice(request: MsgCreateInvoice): Promise<MsgCreateInvoiceResponse> {
    const data = MsgCreateInvoice.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Msg", "CreateInvoice", data);
    return promise.then(data => MsgCreateInvoiceResponse.decode(new BinaryReader(data)));
  }
  payInvoice(request: MsgPayInvoice): Promise<MsgPayInvoiceResponse> {
    const data = MsgPayInvoice.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Msg", "PayInvoice", data);
    return promise.then(data => MsgPayInvoiceResponse.decode(new BinaryReader(data)));
  }
  refund(request: MsgRefund): Promise<MsgRefundResponse> {
    const data = MsgRefund.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Msg", "Refund", data);
    return promise.then(data => MsgRefundResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}