package keeper

import (
	"context"
	"errors"

	errorsmod "cosmossdk.io/errors"

	sdk "github.com/cosmos/cosmos-sdk/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

var (
	setOrchestratorMethod = func() [32]byte {
		var b [32]byte
		copy(b[:], "setOrchestrator")
		return b
	}()
	setOrchestratorArgs = func() abi.Arguments {
		b32, _ := abi.NewType("bytes32", "", nil)
		str, _ := abi.NewType("string", "", nil)
		return abi.Arguments{{Type: b32}, {Type: b32}, {Type: str}, {Type: str}}
	}()
)

// SetOrchestratorDigest is keccak256(abi.encode(bytes32 bridgeId, bytes32 "setOrchestrator", string validator,
// string orchestrator)); the Ethereum key signs its EIP-191 hash (types.SignedMessageHash).
func SetOrchestratorDigest(bridgeID [32]byte, validator, orchestrator string) ([32]byte, error) {
	enc, err := setOrchestratorArgs.Pack(bridgeID, setOrchestratorMethod, validator, orchestrator)
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// OrchestratorByAccount finds the registration whose orchestrator account is acc.
func (k Keeper) OrchestratorByAccount(ctx context.Context, acc string) (types.Orchestrator, bool) {
	var found types.Orchestrator
	ok := false
	_ = k.Orchestrators.Walk(ctx, nil, func(_ string, o types.Orchestrator) (bool, error) {
		if o.Orchestrator == acc {
			found, ok = o, true
			return true, nil
		}
		return false, nil
	})
	return found, ok
}

// OrchestratorByEthAddress finds the registration with that Ethereum address (any case).
func (k Keeper) OrchestratorByEthAddress(ctx context.Context, eth string) (types.Orchestrator, bool) {
	var found types.Orchestrator
	ok := false
	_ = k.Orchestrators.Walk(ctx, nil, func(_ string, o types.Orchestrator) (bool, error) {
		if sameAddress(o.EthAddress, eth) {
			found, ok = o, true
			return true, nil
		}
		return false, nil
	})
	return found, ok
}

// SetOrchestrator registers or rotates a validator's orchestrator and Ethereum key.
func (k Keeper) SetOrchestrator(ctx context.Context, msg *types.MsgSetOrchestrator) error {
	operator, err := sdk.AccAddressFromBech32(msg.Operator)
	if err != nil {
		return errorsmod.Wrapf(types.ErrNotValidator, "operator: %s", err)
	}
	orch, err := sdk.AccAddressFromBech32(msg.Orchestrator)
	if err != nil {
		return errorsmod.Wrapf(types.ErrInvalidRequest, "orchestrator: %s", err)
	}
	ethAddr, err := types.ParseEthAddress(msg.EthAddress)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidEthAddress, err.Error())
	}
	sig, err := types.ParseSignature(msg.EthSignature)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidSignature, err.Error())
	}
	bridgeID, err := k.bridgeID(ctx)
	if err != nil {
		return err
	}
	valAddr := sdk.ValAddress(operator)
	if _, err := k.staking.GetValidator(ctx, valAddr); err != nil {
		if errors.Is(err, stakingtypes.ErrNoValidatorFound) {
			return errorsmod.Wrapf(types.ErrNotValidator, "%s is not a validator operator", msg.Operator)
		}
		return err
	}
	validator := valAddr.String()
	orchestrator := orch.String()
	digest, err := SetOrchestratorDigest(bridgeID, validator, orchestrator)
	if err != nil {
		return err
	}
	signer, err := types.RecoverSigner(digest, sig)
	if err != nil {
		return errorsmod.Wrap(types.ErrInvalidSignature, err.Error())
	}
	if signer != ethAddr {
		return errorsmod.Wrapf(types.ErrInvalidSignature, "signature is by %s, not %s", signer.Hex(), ethAddr.Hex())
	}
	if o, ok := k.OrchestratorByAccount(ctx, orchestrator); ok && o.Validator != validator {
		return errorsmod.Wrapf(types.ErrOrchestratorInUse, "orchestrator %s is %s's", orchestrator, o.Validator)
	}
	if o, ok := k.OrchestratorByEthAddress(ctx, ethAddr.Hex()); ok && o.Validator != validator {
		return errorsmod.Wrapf(types.ErrOrchestratorInUse, "Ethereum address %s is %s's", ethAddr.Hex(), o.Validator)
	}
	if err := k.syncPolkadotOrchestrator(ctx, validator, orchestrator); err != nil {
		return err
	}
	registered, err := k.Orchestrators.Has(ctx, validator)
	if err != nil {
		return err
	}
	if !registered {
		// A late joiner starts attesting after the last observed event.
		if has, err := k.EventNonces.Has(ctx, validator); err != nil {
			return err
		} else if !has {
			if err := k.EventNonces.Set(ctx, validator, getOr(ctx, k.LastObservedNonce)); err != nil {
				return err
			}
		}
	}
	o := types.Orchestrator{Validator: validator, Orchestrator: orchestrator, EthAddress: ethAddr.Hex()}
	if err := k.Orchestrators.Set(ctx, validator, o); err != nil {
		return err
	}
	k.emit(ctx, &types.EventOrchestratorSet{Validator: validator, Orchestrator: orchestrator, EthAddress: o.EthAddress})
	return nil
}

// orchestratorValidator returns the registration of the signer of a confirm or claim.
func (k Keeper) orchestratorValidator(ctx context.Context, signer string) (types.Orchestrator, error) {
	acc, err := sdk.AccAddressFromBech32(signer)
	if err != nil {
		return types.Orchestrator{}, errorsmod.Wrapf(types.ErrNotOrchestrator, "%s: %s", signer, err)
	}
	o, ok := k.OrchestratorByAccount(ctx, acc.String())
	if !ok {
		return types.Orchestrator{}, errorsmod.Wrapf(types.ErrNotOrchestrator, "%s is no validator's orchestrator", signer)
	}
	return o, nil
}

// bondedValidator returns the validator if it is bonded and not jailed.
func (k Keeper) bondedValidator(ctx context.Context, valoper string) (stakingtypes.Validator, bool) {
	va, err := sdk.ValAddressFromBech32(valoper)
	if err != nil {
		return stakingtypes.Validator{}, false
	}
	v, err := k.staking.GetValidator(ctx, va)
	if err != nil || !v.IsBonded() || v.IsJailed() {
		return v, false
	}
	return v, true
}

// lastPower returns the validator's power in the last bonded set (0 when not in it).
func (k Keeper) lastPower(ctx context.Context, valoper string) int64 {
	va, err := sdk.ValAddressFromBech32(valoper)
	if err != nil {
		return 0
	}
	p, err := k.staking.GetLastValidatorPower(ctx, va)
	if err != nil {
		return 0
	}
	return p
}
