package types

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/cosmos/gogoproto/proto"
)

// Hash is hex sha256 of the claim's proto bytes (the Claim oneof wrapper).
func (c Claim) Hash() (string, error) {
	bz, err := proto.Marshal(&c)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(bz)
	return hex.EncodeToString(h[:]), nil
}

// EventNonce returns the claim's event nonce.
func (c Claim) EventNonce() uint64 {
	switch k := c.Kind.(type) {
	case *Claim_Deposit:
		return k.Deposit.EventNonce
	case *Claim_BatchExecuted:
		return k.BatchExecuted.EventNonce
	case *Claim_ValsetUpdated:
		return k.ValsetUpdated.EventNonce
	}
	return 0
}

// EthereumHeight returns the Ethereum block of the claim's event.
func (c Claim) EthereumHeight() uint64 {
	switch k := c.Kind.(type) {
	case *Claim_Deposit:
		return k.Deposit.EthereumHeight
	case *Claim_BatchExecuted:
		return k.BatchExecuted.EthereumHeight
	case *Claim_ValsetUpdated:
		return k.ValsetUpdated.EthereumHeight
	}
	return 0
}

// Validate checks a claim's shape (not its truth).
func (c Claim) Validate() error {
	if c.EventNonce() == 0 {
		return fmt.Errorf("event_nonce must be positive")
	}
	if c.EthereumHeight() == 0 {
		return fmt.Errorf("ethereum_height must be positive")
	}
	switch k := c.Kind.(type) {
	case *Claim_Deposit:
		d := k.Deposit
		if _, err := ParseEthAddress(d.TokenContract); err != nil {
			return fmt.Errorf("token_contract: %w", err)
		}
		if _, err := ParseEthAddress(d.EthereumSender); err != nil {
			return fmt.Errorf("ethereum_sender: %w", err)
		}
		if d.Amount.IsNil() || !d.Amount.IsPositive() {
			return fmt.Errorf("amount must be positive")
		}
		if d.Amount.BigInt().BitLen() > 256 {
			return fmt.Errorf("amount exceeds uint256")
		}
		if len(d.BttReceiver) > 256 {
			return fmt.Errorf("btt_receiver longer than 256 bytes")
		}
	case *Claim_BatchExecuted:
		if _, err := ParseEthAddress(k.BatchExecuted.TokenContract); err != nil {
			return fmt.Errorf("token_contract: %w", err)
		}
		if k.BatchExecuted.BatchNonce == 0 {
			return fmt.Errorf("batch_nonce must be positive")
		}
	case *Claim_ValsetUpdated:
		v := k.ValsetUpdated
		if len(v.Members) == 0 {
			return fmt.Errorf("valset has no members")
		}
		for i, m := range v.Members {
			if _, err := ParseEthAddress(m.EthAddress); err != nil {
				return fmt.Errorf("member %d: %w", i, err)
			}
		}
	default:
		return fmt.Errorf("empty claim")
	}
	return nil
}

// ToEth converts a stored valset into the contract's form.
func (v Valset) ToEth() (EthValset, error) {
	ev := EthValset{Nonce: v.Nonce}
	for _, m := range v.Members {
		a, err := ParseEthAddress(m.EthAddress)
		if err != nil {
			return ev, err
		}
		ev.Validators = append(ev.Validators, a)
		ev.Powers = append(ev.Powers, m.Power)
	}
	return ev, nil
}
