package testutil_test

import (
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/gogoproto/proto"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/testutil"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	rwatypes "github.com/btt-chain/btt/chain/x/rwa/types"
	wgovtypes "github.com/btt-chain/btt/chain/x/wgov/types"
)

// The TypeScript decoder (ts-client/src/events.ts) is tested on these events exactly as the chain
// encodes them; `go test ./testutil -run TestTypedEventFixture -update` rewrites the fixture.
var update = flag.Bool("update", false, "rewrite ts-client's typed-event fixture")

const fixture = "../../ts-client/test/fixtures/typed-events.json"

const (
	addrA = "btt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpe3yxxv"
	addrB = "btt1qgpqyqszqgpqyqszqgpqyqszqgpqyqszk5e0p3"
)

// fixtureEvents covers every kind of field the modules' events use: uint64 and int64, bool, enums,
// bytes, repeated strings, cosmos.Int, LegacyDec, a Coin, Coins, a Timestamp and an empty message.
func fixtureEvents() []proto.Message {
	return []proto.Message{
		&computetypes.EventTaskSubmitted{TaskId: 7, Client: addrA, ModelId: 2, Amount: sdkmath.NewInt(3_000_000),
			Urgency: computetypes.Urgency_URGENCY_STAT, Replication: 3},
		&computetypes.EventTaskAssigned{TaskId: 7, Workers: []string{addrA, addrB}, CommitDeadline: 120},
		&computetypes.EventTaskSettled{TaskId: 7, ResultHash: []byte{0xde, 0xad, 0xbe, 0xef}, Workers: []string{addrB},
			Amount: sdkmath.NewInt(900), DevFund: sdkmath.NewInt(100), Burned: sdkmath.ZeroInt(), Refund: sdkmath.NewIntFromUint64(1 << 63)},
		&computetypes.EventTaskFailed{TaskId: 9, Reason: `escrow "short"`, Refunded: true},
		&computetypes.EventParamsUpdated{},
		&emissionstypes.EventEpochReward{Epoch: 12, Budget: sdk.NewInt64Coin("abtt", 1000), Paid: sdk.NewInt64Coin("abtt", 600),
			CarriedForward: sdk.NewInt64Coin("abtt", 400), Nodes: 3},
		&emissionstypes.EventNodeReward{Epoch: 12, Operator: addrA, Score: sdkmath.LegacyMustNewDecFromStr("1.25"), Amount: sdk.NewInt64Coin("abtt", 600)},
		&emissionstypes.EventFundSpend{Pool: "ecosystem_fund", Recipient: addrB, Amount: sdk.NewCoins(sdk.NewInt64Coin("abtt", 5)), Purpose: "grant"},
		&emissionstypes.EventMilestoneReleased{MilestoneId: 1, SubBudget: emissionstypes.SUB_BUDGET_RESEARCH, Amount: sdk.NewInt64Coin("abtt", 10), Recipient: addrA},
		&rwatypes.EventOrderFill{TradeId: 4, AssetId: 1, BuyOrderId: 3, SellOrderId: 2, Buyer: addrA, Seller: addrB,
			Price: sdkmath.NewInt(1_000_000_000_000_000_000), Quantity: 150, Fee: sdkmath.NewInt(30), Burned: sdkmath.NewInt(15),
			DevFund: sdkmath.NewInt(15), Refund: sdkmath.ZeroInt(), Side: rwatypes.Side_SIDE_BUY},
		&rwatypes.EventOrderCancelled{OrderId: 5, AssetId: 1, Owner: addrB, Remaining: 10,
			Refund: sdk.NewCoins(sdk.NewInt64Coin("rwa/1", 10)), Reason: "cancelled by owner"},
		&rwatypes.EventAssetRegistered{AssetId: 1, Owner: addrA, AssetClass: rwatypes.AssetClass_ASSET_CLASS_EQUIPMENT, Jurisdiction: "CN-BJ", Shares: 1000},
		&wgovtypes.EventTermStarted{Term: 2, Start: time.Date(2026, 6, 11, 0, 0, 0, 0, time.UTC),
			End: time.Date(2026, 7, 11, 0, 0, 0, 0, time.UTC), Candidates: []string{addrA}},
		&wgovtypes.EventTally{ProposalId: 3, Passes: false, Participation: sdkmath.LegacyMustNewDecFromStr("0.4"), Outcome: "quorum not reached"},
	}
}

// TestTypedEventFixture checks (and with -update writes) ts-client's fixture of typed events as
// the chain emits them: the EventManager's encoding, with the msg_index attribute that baseapp
// adds to a transaction's message events.
func TestTypedEventFixture(t *testing.T) {
	em := sdk.NewEventManager()
	for _, ev := range fixtureEvents() {
		require.NoError(t, em.EmitTypedEvent(ev))
	}
	events := em.ABCIEvents()
	for i := range events {
		events[i].Attributes = append(events[i].Attributes, abci.EventAttribute{Key: "msg_index", Value: "0", Index: true})
	}
	type attr struct {
		Key   string `json:"key"`
		Value string `json:"value"`
	}
	type event struct {
		Type       string `json:"type"`
		Attributes []attr `json:"attributes"`
	}
	out := make([]event, 0, len(events))
	for _, e := range events {
		ev := event{Type: e.Type}
		for _, a := range e.Attributes {
			ev.Attributes = append(ev.Attributes, attr{a.Key, a.Value})
		}
		out = append(out, ev)
	}
	got, err := json.MarshalIndent(out, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	if *update {
		require.NoError(t, os.WriteFile(fixture, got, 0o644))
	}
	want, err := os.ReadFile(fixture)
	require.NoError(t, err, "run go test ./testutil -run TestTypedEventFixture -update")
	require.Equal(t, string(want), string(got), "ts-client's typed-event fixture is stale: go test ./testutil -run TestTypedEventFixture -update")

	// And the helper decodes them back, msg_index and all.
	settled := testutil.TypedEvents[*computetypes.EventTaskSettled](t, events)
	require.Len(t, settled, 1)
	require.Equal(t, fixtureEvents()[2], settled[0])
	terms := testutil.TypedEvents[*wgovtypes.EventTermStarted](t, events)
	require.Len(t, terms, 1)
	require.Equal(t, fixtureEvents()[12], terms[0])
	require.Empty(t, testutil.TypedEvents[*computetypes.EventNodeJailed](t, events))
}
