/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryMerchantsRequest, QueryMerchantsResponse, QueryMerchantRequest, QueryMerchantResponse, QueryInvoiceRequest, QueryInvoiceResponse, QueryMerchantInvoicesRequest, QueryMerchantInvoicesResponse } from "./query.js";
/** Query is the x/payfi query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  merchants(request?: QueryMerchantsRequest): Promise<QueryMerchantsResponse>;
  merchant(request: QueryMerchantRequest): Promise<QueryMerchantResponse>;
  invoice(request: QueryInvoiceRequest): Promise<QueryInvoiceResponse>;
  /** MerchantInvoices lists a merchant's invoices, oldest first. */
  merchantInvoices(request: QueryMerchantInvoicesRequest): Promise<QueryMerchantInvoicesResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.merchants = this.merchants.bind(this);
    this.merchant = this.merchant.bind(this);
    this.invoice = this.invoice.bind(this);
    this.merchantInvoices = this.merchantInvoices.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  merchants(request: QueryMerchantsRequest = {
    pagination: undefined
  }): Promise<QueryMerchantsResponse> {
    const data = QueryMerchantsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Query", "Merchants", data);
    return promise.then(data => QueryMerchantsResponse.decode(new BinaryReader(data)));
  }
  merchant(request: QueryMerchantRequest): Promise<QueryMerchantResponse> {
    const data = QueryMerchantRequest.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Query", "Merchant", data);
    return promise.then(data => QueryMerchantResponse.decode(new BinaryReader(data)));
  }
  invoice(request: QueryInvoiceRequest): Promise<QueryInvoiceResponse> {
    const data = QueryInvoiceRequest.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Query", "Invoice", data);
    return promise.then(data => QueryInvoiceResponse.decode(new BinaryReader(data)));
  }
  merchantInvoices(request: QueryMerchantInvoicesRequest): Promise<QueryMerchantInvoicesResponse> {
    const data = QueryMerchantInvoicesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.payfi.v1.Query", "MerchantInvoices", data);
    return promise.then(data => QueryMerchantInvoicesResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    merchants(request?: QueryMerchantsRequest): Promise<QueryMerchantsResponse> {
      return queryService.merchants(request);
    },
    merchant(request: QueryMerchantRequest): Promise<QueryMerchantResponse> {
      return queryService.merchant(request);
    },
    invoice(request: QueryInvoiceRequest): Promise<QueryInvoiceResponse> {
      return queryService.invoice(request);
    },
    merchantInvoices(request: QueryMerchantInvoicesRequest): Promise<QueryMerchantInvoicesResponse> {
      return queryService.merchantInvoices(request);
    }
  };
};