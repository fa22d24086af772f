//go:build tools

// Package tools pins the versions of the protoc plugins that proto/scripts/proto-gen.sh
// installs, so that code generation is reproducible.
package tools

import (
	_ "github.com/cosmos/cosmos-proto/cmd/protoc-gen-go-pulsar"
	_ "github.com/cosmos/gogoproto/protoc-gen-gocosmos"
	_ "github.com/grpc-ecosystem/grpc-gateway/protoc-gen-grpc-gateway"
)
