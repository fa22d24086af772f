package keeper

import (
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

// The hand-written EventInvoicePaid is exactly the typed event EmitTypedEvent would emit, so that
// ts-client's decodeEvent and the explorer read it as before.
func TestInvoicePaidEventIsTheTypedEvent(t *testing.T) {
	for _, ev := range []*types.EventInvoicePaid{
		{},
		{InvoiceId: 18446744073709551615, Merchant: "btt1merchant", Payer: "btt1payer", Denom: "abtt", Amount: "10000000000000000",
			MerchantCredit: "9950000000000000", Fee: "50000000000000", PointsUsed: 12, Discount: "0"},
		{InvoiceId: 7, Merchant: "btt1m", Payer: "btt1p", Denom: "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
			Amount: "1", MerchantCredit: "1", Fee: "0", Discount: `"<&>\u2028`},
	} {
		want, err := sdk.TypedEventToEvent(ev)
		require.NoError(t, err)
		require.Equal(t, want, invoicePaidEvent(ev))
		back, err := sdk.ParseTypedEvent(abci.Event(invoicePaidEvent(ev)))
		require.NoError(t, err)
		require.Equal(t, ev, back)
	}
}
