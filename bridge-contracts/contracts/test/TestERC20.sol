// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test only: an Ethereum-native ERC-20 whose whole supply goes to the deployer.
contract TestERC20 is ERC20 {
    constructor(string memory name_, string memory symbol_, uint256 supply) ERC20(name_, symbol_) {
        _mint(msg.sender, supply);
    }
}

/// @notice Test only: an ERC-20 that burns 1% of every transfer (a fee-on-transfer token).
contract FeeOnTransferERC20 is ERC20 {
    constructor(uint256 supply) ERC20("Fee Token", "FEE") {
        _mint(msg.sender, supply);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            uint256 fee = value / 100;
            super._update(from, address(0), fee);
            super._update(from, to, value - fee);
        } else {
            super._update(from, to, value);
        }
    }
}

interface IBttBridgeSend {
    function sendToBtt(address tokenContract, string calldata destination, uint256 amount) external;
}

/// @notice Test only: an ERC-20 that, once armed, calls back into the bridge from inside a transfer (reentrancy).
contract ReentrantERC20 is ERC20 {
    address public target;
    string private destination;

    constructor(uint256 supply) ERC20("Reentrant Token", "REENTER") {
        _mint(msg.sender, supply);
    }

    function arm(address target_, string calldata destination_) external {
        target = target_;
        destination = destination_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (target != address(0) && from != address(0) && to != address(0)) {
            address t = target;
            target = address(0);
            IBttBridgeSend(t).sendToBtt(address(this), destination, 1);
        }
    }
}
