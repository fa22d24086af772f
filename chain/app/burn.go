package app

import (
	"context"
	"errors"

	"cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"

	"github.com/btt-chain/btt/chain/tokenomics"
)

// BurnRecorder records abtt that a module burned (x/emissions' RecordBurn).
type BurnRecorder interface {
	RecordBurn(ctx context.Context, fromModule string, amt math.Int) error
}

// BurnTrackingBankKeeper is the bank keeper given to the SDK modules that burn abtt
// outside x/emissions: x/gov (vetoed deposits, the burned share of cancelled proposals,
// deposits of proposals that fail their deposit period when burn_proposal_deposit_prevote
// is on) and x/staking (slashed stake). Its BurnCoins burns and then adds the abtt burned to
// x/emissions' burned total, the same counter x/emissions' own Burn uses, so that
// `total supply + burned == 210M BTT` holds after any burn. Every other method is the
// bank keeper's. x/emissions itself keeps the plain bank keeper (it records its own burns).
type BurnTrackingBankKeeper struct {
	bankkeeper.BaseKeeper
	recorder BurnRecorder
}

// NewBurnTrackingBankKeeper wraps bk; SetRecorder must be called before the first block.
func NewBurnTrackingBankKeeper(bk bankkeeper.BaseKeeper) *BurnTrackingBankKeeper {
	return &BurnTrackingBankKeeper{BaseKeeper: bk}
}

// SetRecorder sets where burns are recorded (x/emissions is built after x/staking).
func (k *BurnTrackingBankKeeper) SetRecorder(r BurnRecorder) { k.recorder = r }

// BurnCoins burns amt from moduleName's account and records the abtt part as burned.
func (k *BurnTrackingBankKeeper) BurnCoins(ctx context.Context, moduleName string, amt sdk.Coins) error {
	if k.recorder == nil {
		return errors.New("burn recorder not set: abtt burns would escape the supply accounting")
	}
	if err := k.BaseKeeper.BurnCoins(ctx, moduleName, amt); err != nil {
		return err
	}
	return k.recorder.RecordBurn(ctx, moduleName, amt.AmountOf(tokenomics.BaseDenom))
}
