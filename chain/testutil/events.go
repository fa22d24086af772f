// Package testutil holds test scaffolding shared by the BTT modules.
package testutil

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/gogoproto/proto"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// TypedEvents decodes, in order, every event among events whose type is the proto name of T (a
// typed event emitted with EmitTypedEvent, such as *computetypes.EventTaskSettled). Pass
// ctx.EventManager().ABCIEvents() or a FinalizeBlock response's events: the attributes that the SDK
// adds next to the fields (a block event's `mode`, a transaction event's `msg_index`) are ignored.
// An event of that type that does not decode fails the test.
func TypedEvents[T proto.Message](t testing.TB, events []abci.Event) []T {
	t.Helper()
	var zero T
	name := proto.MessageName(zero)
	require.NotEmpty(t, name, "%T is not a registered proto message", zero)
	var out []T
	for _, e := range events {
		if e.Type != name {
			continue
		}
		fields := abci.Event{Type: e.Type}
		for _, a := range e.Attributes {
			if a.Key != "mode" && a.Key != "msg_index" {
				fields.Attributes = append(fields.Attributes, a)
			}
		}
		msg, err := sdk.ParseTypedEvent(fields)
		require.NoError(t, err, "decoding a %s event", name)
		ev, ok := msg.(T)
		require.True(t, ok, "a %s event decoded as %T", name, msg)
		out = append(out, ev)
	}
	return out
}
