package types

import (
	"math/big"

	sdkmath "cosmossdk.io/math"
)

// ToEth converts a batch into the contract's form (transfers in batch order).
func (b OutgoingBatch) ToEth() (EthBatch, error) {
	token, err := ParseEthAddress(b.TokenContract)
	if err != nil {
		return EthBatch{}, err
	}
	eb := EthBatch{Nonce: b.Nonce, Token: token, Timeout: b.Timeout}
	for _, t := range b.Transfers {
		dest, err := ParseEthAddress(t.EthDestination)
		if err != nil {
			return EthBatch{}, err
		}
		eb.Amounts = append(eb.Amounts, new(big.Int).Set(t.Amount.BigInt()))
		eb.Destinations = append(eb.Destinations, dest)
		eb.Fees = append(eb.Fees, new(big.Int).Set(t.Fee.BigInt()))
	}
	return eb, nil
}

// Total is amount + fee of a transfer.
func (t OutgoingTransfer) Total() sdkmath.Int { return t.Amount.Add(t.Fee) }
