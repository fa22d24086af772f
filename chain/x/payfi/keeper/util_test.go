package keeper_test

import (
	"errors"
	"strings"

	healthtypes "github.com/btt-chain/btt/chain/x/health/types"
)

var healthInsufficient = healthtypes.ErrInsufficientPoints

// replaceParam replaces one query parameter's value in a payment link.
func replaceParam(uri, key, value string) string {
	head, q, _ := strings.Cut(uri, "?")
	parts := strings.Split(q, "&")
	for i, p := range parts {
		if strings.HasPrefix(p, key+"=") {
			parts[i] = key + "=" + value
		}
	}
	return head + "?" + strings.Join(parts, "&")
}

func isPointsErr(err error) bool {
	return errors.Is(err, healthtypes.ErrInsufficientPoints) || errors.Is(err, healthtypes.ErrOverBudget)
}
