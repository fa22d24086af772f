package keeper

import (
	"context"

	"github.com/cosmos/gogoproto/proto"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// emit emits a typed event (one of this module's Event* messages in types/events.pb.go): its type
// is the message's full name and each field becomes an attribute holding the field's proto JSON.
// Encoding these plain messages cannot fail; if it ever did, the error is logged and the state
// change goes on, as with an untyped event.
func emit(ctx context.Context, ev proto.Message) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	if err := sdkCtx.EventManager().EmitTypedEvent(ev); err != nil {
		sdkCtx.Logger().Error("emitting an event failed", "module", "x/compute", "event", proto.MessageName(ev), "err", err)
	}
}
