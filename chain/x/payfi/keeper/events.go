package keeper

import (
	"encoding/json"
	"strconv"

	"github.com/cosmos/gogoproto/proto"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/payfi/types"
)

var invoicePaidType = proto.MessageName(&types.EventInvoicePaid{})

// invoicePaidEvent is sdk.TypedEventToEvent(ev) written out by hand, attribute for attribute (its
// proto field names in sorted order, each value as the proto JSON encoding writes it: strings
// quoted, uint64 as quoted decimals), so that clients decode it as the typed event it is
// (TestInvoicePaidEventIsTheTypedEvent), without the reflection-driven JSON round trip of
// EmitTypedEvent on every payment.
func invoicePaidEvent(ev *types.EventInvoicePaid) sdk.Event {
	q := func(s string) string {
		bz, _ := json.Marshal(s) // a string always marshals
		return string(bz)
	}
	u := func(n uint64) string { return `"` + strconv.FormatUint(n, 10) + `"` }
	return sdk.NewEvent(invoicePaidType,
		sdk.NewAttribute("amount", q(ev.Amount)),
		sdk.NewAttribute("denom", q(ev.Denom)),
		sdk.NewAttribute("discount", q(ev.Discount)),
		sdk.NewAttribute("fee", q(ev.Fee)),
		sdk.NewAttribute("invoice_id", u(ev.InvoiceId)),
		sdk.NewAttribute("merchant", q(ev.Merchant)),
		sdk.NewAttribute("merchant_credit", q(ev.MerchantCredit)),
		sdk.NewAttribute("payer", q(ev.Payer)),
		sdk.NewAttribute("points_used", u(ev.PointsUsed)),
	)
}
