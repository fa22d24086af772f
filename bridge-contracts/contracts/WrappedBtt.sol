// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title Wrapped BTT
/// @notice BTT on Ethereum. Every wBTT in existence is backed by BTT escrowed in the x/bridge module account on the
/// BTT chain: the bridge mints only when executing a batch that the BTT validators signed (the BTT is already
/// escrowed there), and burns when a holder sends it back with BttBridge.sendToBtt.
/// @dev 18 decimals like abtt. The only privileged address is the bridge contract that deployed this token, fixed at
/// construction; nobody (no owner, no admin) can mint, burn or move tokens otherwise.
contract WrappedBtt is ERC20 {
    /// @notice The BttBridge contract, the only minter and burner.
    address public immutable bridge;

    /// @notice A function reserved to the bridge was called by another address.
    error OnlyBridge(address caller);

    constructor(address bridge_) ERC20("Wrapped BTT", "WBTT") {
        bridge = bridge_;
    }

    modifier onlyBridge() {
        if (msg.sender != bridge) revert OnlyBridge(msg.sender);
        _;
    }

    /// @notice Mints `amount` to `to`; the bridge calls it while executing a signed batch.
    function mint(address to, uint256 amount) external onlyBridge {
        _mint(to, amount);
    }

    /// @notice Burns `amount` from `from`; the bridge calls it in sendToBtt with `from` = the caller of sendToBtt.
    function burn(address from, uint256 amount) external onlyBridge {
        _burn(from, amount);
    }
}
