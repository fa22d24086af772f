// Package events emits the BTT modules' typed events.
package events

import (
	"context"

	"github.com/cosmos/gogoproto/proto"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Emit emits a typed event (one of a module's Event* messages, types/events.pb.go): its type is the
// message's full name and each field becomes an attribute holding the field's proto JSON. Encoding
// these plain messages cannot fail; if it ever did, the error is logged and the state change goes
// on, as it would with an untyped event.
func Emit(ctx context.Context, ev proto.Message) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if err := sdkCtx.EventManager().EmitTypedEvent(ev); err != nil {
		sdkCtx.Logger().Error("emitting an event failed", "event", proto.MessageName(ev), "err", err)
	}
}
