package keeper_test

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/btt-chain/btt/chain/x/bridge/keeper"
)

func word(n int) []byte { return new(big.Int).SetInt64(int64(n)).FillBytes(make([]byte, 32)) }

func padded(s string) []byte {
	out := append(word(len(s)), s...)
	for len(out)%32 != 0 {
		out = append(out, 0)
	}
	return out
}

// The MsgSetOrchestrator digest: the README's vector (for the TypeScript orchestrator's twin), and the
// same bytes encoded by hand as abi.encode(bytes32, bytes32, string, string).
func TestSetOrchestratorDigestVector(t *testing.T) {
	raw := make([]byte, 20)
	for i := range raw {
		raw[i] = byte(i + 1)
	}
	validator, orchestrator := sdk.ValAddress(raw).String(), sdk.AccAddress(raw).String()
	require.Equal(t, "bttvaloper1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5pxud2n", validator)
	require.Equal(t, "btt1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5mz8leg", orchestrator)
	idHex := "1122334455667788990011223344556677889900112233445566778899001122"
	id := bridgeID("0x" + idHex)
	d, err := keeper.SetOrchestratorDigest(id, validator, orchestrator)
	require.NoError(t, err)

	method := make([]byte, 32)
	copy(method, "setOrchestrator")
	v, o := padded(validator), padded(orchestrator)
	enc := append(append(append(append(id[:0:0], id[:]...), method...), word(128)...), word(128+len(v))...)
	enc = append(append(enc, v...), o...)
	require.Equal(t, crypto.Keccak256(enc), d[:])
	require.Equal(t, "0x"+vectorDigest, "0x"+hex.EncodeToString(d[:]))
}

const vectorDigest = "93a9027f6b447a94b2fba841b4641526760c1d6756421287b3934c7ccee20ff5"
