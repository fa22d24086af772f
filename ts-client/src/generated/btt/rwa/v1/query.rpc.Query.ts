/* eslint-disable */
import { Rpc } from "cosmjs-types/helpers";
import { BinaryReader } from "cosmjs-types/binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryVerifiersRequest, QueryVerifiersResponse, QueryVerifierRequest, QueryVerifierResponse, QueryCredentialsRequest, QueryCredentialsResponse, QueryCredentialRequest, QueryCredentialResponse, QueryAssetsRequest, QueryAssetsResponse, QueryAssetRequest, QueryAssetResponse, QueryValuationsRequest, QueryValuationsResponse, QueryOrderBookRequest, QueryOrderBookResponse, QueryOrderRequest, QueryOrderResponse, QueryOrdersRequest, QueryOrdersResponse, QueryTradesRequest, QueryTradesResponse } from "./query.js";
/** Query is the x/rwa query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  verifiers(request?: QueryVerifiersRequest): Promise<QueryVerifiersResponse>;
  verifier(request: QueryVerifierRequest): Promise<QueryVerifierResponse>;
  /** Credentials lists an account's credentials, each with whether it is valid now. */
  credentials(request: QueryCredentialsRequest): Promise<QueryCredentialsResponse>;
  /** Credential returns an account's credential for one jurisdiction and whether it is valid now. */
  credential(request: QueryCredentialRequest): Promise<QueryCredentialResponse>;
  /** Assets lists assets, optionally filtered by class, status and owner. */
  assets(request: QueryAssetsRequest): Promise<QueryAssetsResponse>;
  /** Asset returns one asset with its attestations. */
  asset(request: QueryAssetRequest): Promise<QueryAssetResponse>;
  /** Valuations returns an asset's valuation history, oldest first. */
  valuations(request: QueryValuationsRequest): Promise<QueryValuationsResponse>;
  /** OrderBook returns an asset's resting orders aggregated by price level (best first). */
  orderBook(request: QueryOrderBookRequest): Promise<QueryOrderBookResponse>;
  /** Order returns one resting order. */
  order(request: QueryOrderRequest): Promise<QueryOrderResponse>;
  /** Orders lists an account's resting orders. */
  orders(request: QueryOrdersRequest): Promise<QueryOrdersResponse>;
  /** Trades lists an asset's trades, oldest first. */
  trades(request: QueryTradesRequest): Promise<QueryTradesResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.verifiers = this.verifiers.bind(this);
    this.verifier = this.verifier.bind(this);
    this.credentials = this.credentials.bind(this);
    this.credential = this.credential.bind(this);
    this.assets = this.assets.bind(this);
    this.asset = this.asset.bind(this);
    this.valuations = this.valuations.bind(this);
    this.orderBook = this.orderBook.bind(this);
    this.order = this.order.bind(this);
    this.orders = this.orders.bind(this);
    this.trades = this.trades.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  verifiers(request: QueryVerifiersRequest = {
    pagination: undefined
  }): Promise<QueryVerifiersResponse> {
    const data = QueryVerifiersRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Verifiers", data);
    return promise.then(data => QueryVerifiersResponse.decode(new BinaryReader(data)));
  }
  verifier(request: QueryVerifierRequest): Promise<QueryVerifierResponse> {
    const data = QueryVerifierRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Verifier", data);
    return promise.then(data => QueryVerifierResponse.decode(new BinaryReader(data)));
  }
  credentials(request: QueryCredentialsRequest): Promise<QueryCredentialsResponse> {
    const data = QueryCredentialsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Credentials", data);
    return promise.then(data => QueryCredentialsResponse.decode(new BinaryReader(data)));
  }
  credential(request: QueryCredentialRequest): Promise<QueryCredentialResponse> {
    const data = QueryCredentialRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Credential", data);
    return promise.then(data => QueryCredentialResponse.decode(new BinaryReader(data)));
  }
  assets(request: QueryAssetsRequest): Promise<QueryAssetsResponse> {
    const data = QueryAssetsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Assets", data);
    return promise.then(data => QueryAssetsResponse.decode(new BinaryReader(data)));
  }
  asset(request: QueryAssetRequest): Promise<QueryAssetResponse> {
    const data = QueryAssetRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Asset", data);
    return promise.then(data => QueryAssetResponse.decode(new BinaryReader(data)));
  }
  valuations(request: QueryValuationsRequest): Promise<QueryValuationsResponse> {
    const data = QueryValuationsRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Valuations", data);
    return promise.then(data => QueryValuationsResponse.decode(new BinaryReader(data)));
  }
  orderBook(request: QueryOrderBookRequest): Promise<QueryOrderBookResponse> {
    const data = QueryOrderBookRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "OrderBook", data);
    return promise.then(data => QueryOrderBookResponse.decode(new BinaryReader(data)));
  }
  order(request: QueryOrderRequest): Promise<QueryOrderResponse> {
    const data = QueryOrderRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Order", data);
    return promise.then(data => QueryOrderResponse.decode(new BinaryReader(data)));
  }
  orders(request: QueryOrdersRequest): Promise<QueryOrdersResponse> {
    const data = QueryOrdersRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Orders", data);
    return promise.then(data => QueryOrdersResponse.decode(new BinaryReader(data)));
  }
  trades(request: QueryTradesRequest): Promise<QueryTradesResponse> {
    const data = QueryTradesRequest.encode(request).finish();
    const promise = this.rpc.request("btt.rwa.v1.Query", "Trades", data);
    return promise.then(data => QueryTradesResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    verifiers(request?: QueryVerifiersRequest): Promise<QueryVerifiersResponse> {
      return queryService.verifiers(request);
    },
    verifier(request: QueryVerifierRequest): Promise<QueryVerifierResponse> {
      return queryService.verifier(request);
    },
    credentials(request: QueryCredentialsRequest): Promise<QueryCredentialsResponse> {
      return queryService.credentials(request);
    },
    credential(request: QueryCredentialRequest): Promise<QueryCredentialResponse> {
      return queryService.credential(request);
    },
    assets(request: QueryAssetsRequest): Promise<QueryAssetsResponse> {
      return queryService.assets(request);
    },
    asset(request: QueryAssetRequest): Promise<QueryAssetResponse> {
      return queryService.asset(request);
    },
    valuations(request: QueryValuationsRequest): Promise<QueryValuationsResponse> {
      return queryService.valuations(request);
    },
    orderBook(request: QueryOrderBookRequest): Promise<QueryOrderBookResponse> {
      return queryService.orderBook(request);
    },
    order(request: QueryOrderRequest): Promise<QueryOrderResponse> {
      return queryService.order(request);
    },
    orders(request: QueryOrdersRequest): Promise<QueryOrdersResponse> {
      return queryService.orders(request);
    },
    trades(request: QueryTradesRequest): Promise<QueryTradesResponse> {
      return queryService.trades(request);
    }
  };
};