package keeper

import (
	"context"
	"errors"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// PolkadotOrchestratorByAccount finds the Polkadot registration whose orchestrator account is acc.
func (k Keeper) PolkadotOrchestratorByAccount(ctx context.Context, acc string) (types.PolkadotOrchestrator, bool) {
	var found types.PolkadotOrchestrator
	ok := false
	_ = k.Polkadot.Orchestrators.Walk(ctx, nil, func(_ string, o types.PolkadotOrchestrator) (bool, error) {
		if o.Orchestrator == acc {
			found, ok = o, true
			return true, nil
		}
		return false, nil
	})
	return found, ok
}

// polkadotOrchestratorByKey finds the registration with that Polkadot AccountId (0x lowercase hex).
func (k Keeper) polkadotOrchestratorByKey(ctx context.Context, account string) (types.PolkadotOrchestrator, bool) {
	var found types.PolkadotOrchestrator
	ok := false
	_ = k.Polkadot.Orchestrators.Walk(ctx, nil, func(_ string, o types.PolkadotOrchestrator) (bool, error) {
		if o.PolkadotAccount == account {
			found, ok = o, true
			return true, nil
		}
		return false, nil
	})
	return found, ok
}

// SetPolkadotOrchestrator registers or rotates a validator's Polkadot key (README "Polkadot bridge").
func (k Keeper) SetPolkadotOrchestrator(ctx context.Context, msg *types.MsgSetPolkadotOrchestrator) error {
	valAddr, err := sdk.ValAddressFromBech32(msg.Validator)
	if err != nil {
		return errorsmod.Wrapf(types.ErrNotValidator, "validator: %s", err)
	}
	if msg.KeyType != types.PolkadotKeyEcdsa {
		return errorsmod.Wrapf(types.ErrInvalidPolkadotKey, "key_type %q: only %q keys are accepted", msg.KeyType, types.PolkadotKeyEcdsa)
	}
	account, err := types.ParsePolkadotAccount(msg.PolkadotAccount)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidPolkadotAddress, err.Error())
	}
	if len(msg.PublicKey) != 33 {
		return errorsmod.Wrapf(types.ErrInvalidPolkadotKey, "public_key must be 33 bytes (compressed secp256k1), got %d", len(msg.PublicKey))
	}
	if types.EcdsaAccountID(msg.PublicKey) != account {
		return errorsmod.Wrapf(types.ErrInvalidPolkadotKey, "polkadot_account %s is not blake2b_256(public_key) %s",
			msg.PolkadotAccount, types.AccountHex(types.EcdsaAccountID(msg.PublicKey)))
	}
	if _, err := k.bridgeID(ctx); err != nil {
		return err
	}
	validator := valAddr.String()
	if _, err := k.staking.GetValidator(ctx, valAddr); err != nil {
		if errors.Is(err, stakingtypes.ErrNoValidatorFound) {
			return errorsmod.Wrapf(types.ErrNotValidator, "%s is not a validator", msg.Validator)
		}
		return err
	}
	if err := types.VerifyEcdsaProof(msg.PublicKey, msg.Proof, []byte(types.PolkadotProofMessage(k.GetParams(ctx).BridgeId, validator))); err != nil {
		return errorsmod.Wrap(types.ErrInvalidPolkadotKey, err.Error())
	}
	// The orchestrator account: the Ethereum registration's, or the one given.
	var orchestrator string
	if eth, err := k.Orchestrators.Get(ctx, validator); err == nil {
		if msg.Orchestrator != "" && msg.Orchestrator != eth.Orchestrator {
			return errorsmod.Wrapf(types.ErrInvalidRequest, "orchestrator must be %s, the orchestrator of %s's Ethereum registration", eth.Orchestrator, validator)
		}
		orchestrator = eth.Orchestrator
	} else {
		if msg.Orchestrator == "" {
			return errorsmod.Wrapf(types.ErrInvalidRequest, "orchestrator is required: %s has no Ethereum registration", validator)
		}
		acc, err := sdk.AccAddressFromBech32(msg.Orchestrator)
		if err != nil {
			return errorsmod.Wrapf(types.ErrInvalidRequest, "orchestrator: %s", err)
		}
		orchestrator = acc.String()
		if o, ok := k.OrchestratorByAccount(ctx, orchestrator); ok && o.Validator != validator {
			return errorsmod.Wrapf(types.ErrOrchestratorInUse, "orchestrator %s is %s's", orchestrator, o.Validator)
		}
	}
	if o, ok := k.PolkadotOrchestratorByAccount(ctx, orchestrator); ok && o.Validator != validator {
		return errorsmod.Wrapf(types.ErrOrchestratorInUse, "orchestrator %s is %s's", orchestrator, o.Validator)
	}
	accHex := types.AccountHex(account)
	if o, ok := k.polkadotOrchestratorByKey(ctx, accHex); ok && o.Validator != validator {
		return errorsmod.Wrapf(types.ErrOrchestratorInUse, "Polkadot account %s is %s's", accHex, o.Validator)
	}
	if has, err := k.Polkadot.EventNonces.Has(ctx, validator); err != nil {
		return err
	} else if !has {
		// A late joiner starts attesting after the last observed Polkadot event.
		if err := k.Polkadot.EventNonces.Set(ctx, validator, getOr(ctx, k.Polkadot.LastObservedNonce)); err != nil {
			return err
		}
	}
	o := types.PolkadotOrchestrator{Validator: validator, Orchestrator: orchestrator, PolkadotAccount: accHex,
		KeyType: msg.KeyType, PublicKey: msg.PublicKey}
	if err := k.Polkadot.Orchestrators.Set(ctx, validator, o); err != nil {
		return err
	}
	k.emit(ctx, &types.EventPolkadotOrchestratorSet{Validator: validator, Orchestrator: orchestrator, PolkadotAccount: accHex})
	return nil
}

// syncPolkadotOrchestrator keeps a validator's Polkadot registration on the orchestrator account of its
// Ethereum registration (called by SetOrchestrator): the account must not be another validator's Polkadot
// orchestrator, and a Polkadot registration of the validator follows the rotation.
func (k Keeper) syncPolkadotOrchestrator(ctx context.Context, validator, orchestrator string) error {
	if o, ok := k.PolkadotOrchestratorByAccount(ctx, orchestrator); ok && o.Validator != validator {
		return errorsmod.Wrapf(types.ErrOrchestratorInUse, "orchestrator %s is %s's Polkadot orchestrator", orchestrator, o.Validator)
	}
	o, err := k.Polkadot.Orchestrators.Get(ctx, validator)
	if err != nil || o.Orchestrator == orchestrator {
		return nil
	}
	o.Orchestrator = orchestrator
	if err := k.Polkadot.Orchestrators.Set(ctx, validator, o); err != nil {
		return err
	}
	k.emit(ctx, &types.EventPolkadotOrchestratorSet{Validator: validator, Orchestrator: orchestrator, PolkadotAccount: o.PolkadotAccount})
	return nil
}

// polkadotOrchestratorValidator returns the Polkadot registration of a claim's signer.
func (k Keeper) polkadotOrchestratorValidator(ctx context.Context, signer string) (types.PolkadotOrchestrator, error) {
	acc, err := sdk.AccAddressFromBech32(signer)
	if err != nil {
		return types.PolkadotOrchestrator{}, errorsmod.Wrapf(types.ErrNotOrchestrator, "%s: %s", signer, err)
	}
	o, ok := k.PolkadotOrchestratorByAccount(ctx, acc.String())
	if !ok {
		return types.PolkadotOrchestrator{}, errorsmod.Wrapf(types.ErrNotOrchestrator, "%s is no validator's Polkadot orchestrator", signer)
	}
	return o, nil
}
