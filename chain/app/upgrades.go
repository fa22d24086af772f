package app

// RegisterUpgradeHandlers registers the handlers of named software upgrades.
// There are none yet: the first network starts from this version.
func (app *BttApp) RegisterUpgradeHandlers() {}
