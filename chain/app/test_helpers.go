package app

import (
	"testing"

	dbm "github.com/cosmos/cosmos-db"

	"cosmossdk.io/log"

	"github.com/cosmos/cosmos-sdk/baseapp"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
)

// NewTestApp returns an in-memory BttApp for tests of code that needs the app's codecs and modules.
func NewTestApp(t testing.TB, baseAppOptions ...func(*baseapp.BaseApp)) *BttApp {
	t.Helper()
	return NewBttApp(log.NewNopLogger(), dbm.NewMemDB(), nil, true, simtestutil.NewAppOptionsWithFlagHome(t.TempDir()), baseAppOptions...)
}
