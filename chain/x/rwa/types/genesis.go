package types

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultGenesis returns the default x/rwa genesis.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams(), NextAssetId: 1, NextOrderId: 1, NextTradeId: 1}
}

// Validate checks the genesis state.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	if gs.NextAssetId == 0 || gs.NextOrderId == 0 || gs.NextTradeId == 0 {
		return fmt.Errorf("next ids start at 1")
	}
	verifiers := map[string]bool{}
	for _, v := range gs.Verifiers {
		if _, err := sdk.AccAddressFromBech32(v.Address); err != nil {
			return fmt.Errorf("verifier %q: %w", v.Address, err)
		}
		if verifiers[v.Address] {
			return fmt.Errorf("duplicate verifier %s", v.Address)
		}
		verifiers[v.Address] = true
	}
	creds := map[string]bool{}
	for _, c := range gs.Credentials {
		if _, err := sdk.AccAddressFromBech32(c.Holder); err != nil {
			return fmt.Errorf("credential holder %q: %w", c.Holder, err)
		}
		if _, err := sdk.AccAddressFromBech32(c.Issuer); err != nil {
			return fmt.Errorf("credential issuer %q: %w", c.Issuer, err)
		}
		key := c.Holder + "/" + c.Jurisdiction
		if creds[key] || !ValidJurisdiction(c.Jurisdiction) {
			return fmt.Errorf("invalid or duplicate credential %s", key)
		}
		creds[key] = true
	}
	assets := map[uint64]Asset{}
	for _, a := range gs.Assets {
		if a.Id == 0 || a.Id >= gs.NextAssetId {
			return fmt.Errorf("invalid asset id %d", a.Id)
		}
		if _, dup := assets[a.Id]; dup {
			return fmt.Errorf("duplicate asset %d", a.Id)
		}
		if _, err := sdk.AccAddressFromBech32(a.Owner); err != nil {
			return fmt.Errorf("asset %d owner: %w", a.Id, err)
		}
		if a.ShareCount == 0 || a.AppraisedValue.IsNil() || a.AppraisedValue.IsNegative() {
			return fmt.Errorf("asset %d: invalid share count or value", a.Id)
		}
		assets[a.Id] = a
	}
	for _, v := range gs.Valuations {
		if _, ok := assets[v.AssetId]; !ok {
			return fmt.Errorf("valuation of unknown asset %d", v.AssetId)
		}
		if v.Value.IsNil() || v.Value.IsNegative() {
			return fmt.Errorf("valuation %d/%d: invalid value", v.AssetId, v.Seq)
		}
	}
	orders := map[uint64]bool{}
	for _, o := range gs.Orders {
		if o.Id == 0 || o.Id >= gs.NextOrderId || orders[o.Id] {
			return fmt.Errorf("invalid or duplicate order id %d", o.Id)
		}
		orders[o.Id] = true
		a, ok := assets[o.AssetId]
		if !ok || a.Status != AssetStatus_ASSET_STATUS_TOKENIZED {
			return fmt.Errorf("order %d: asset %d is not tokenized", o.Id, o.AssetId)
		}
		if _, err := sdk.AccAddressFromBech32(o.Owner); err != nil {
			return fmt.Errorf("order %d owner: %w", o.Id, err)
		}
		if o.Price.IsNil() || !o.Price.IsPositive() || o.Price.GT(MaxPrice) || o.Remaining == 0 || o.Remaining > o.Quantity {
			return fmt.Errorf("order %d: invalid price or quantity", o.Id)
		}
		if o.Side != Side_SIDE_BUY && o.Side != Side_SIDE_SELL {
			return fmt.Errorf("order %d: invalid side", o.Id)
		}
	}
	trades := map[uint64]bool{}
	for _, t := range gs.Trades {
		if t.Id == 0 || t.Id >= gs.NextTradeId || trades[t.Id] {
			return fmt.Errorf("invalid or duplicate trade id %d", t.Id)
		}
		trades[t.Id] = true
		if _, ok := assets[t.AssetId]; !ok {
			return fmt.Errorf("trade %d of unknown asset %d", t.Id, t.AssetId)
		}
	}
	return nil
}
