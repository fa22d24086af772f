// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {WrappedBtt} from "./WrappedBtt.sol";

/// @notice A validator set: Ethereum addresses of the BTT validators' orchestrator keys and their powers, normalised
/// so that the total is at most 2^32, ordered by power descending, then address ascending; `valsetNonce` is the
/// x/bridge valset nonce.
struct ValsetArgs {
    address[] validators;
    uint256[] powers;
    uint256 valsetNonce;
}

/// @notice One validator's signature; v == 0 means "this validator did not sign" (r and s are then ignored).
struct Signature {
    uint8 v;
    bytes32 r;
    bytes32 s;
}

/// @title BttBridge: the Ethereum side of the BTT <-> Ethereum bridge (Gravity Bridge design)
/// @notice The BTT validator set is mirrored here as a checkpoint hash; valset updates and transfer batches take effect
/// only when signed by validators holding more than 2/3 of the (2^32-normalised) power. Every signed digest carries
/// the immutable `bridgeId`. Nothing in this contract has an owner or admin: no key can move the escrow, mint wBTT or
/// change the validator set outside the signed paths. See bridge-contracts/README.md for the exact digest layouts.
contract BttBridge is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice The method name in the valset checkpoint digest: the ASCII bytes of "checkpoint", right-padded with
    /// zeros to 32 bytes (a Solidity bytes32 string literal, as Gravity does).
    bytes32 public constant CHECKPOINT_METHOD = "checkpoint";
    /// @notice The method name in the batch digest: "transactionBatch" right-padded with zeros to 32 bytes.
    bytes32 public constant BATCH_METHOD = "transactionBatch";
    /// @notice Powers are normalised so that they sum to at most 2^32.
    uint256 public constant TOTAL_POWER = 2 ** 32;
    /// @notice Signatures must carry strictly more than this power: floor(2^32 * 2 / 3).
    uint256 public constant POWER_THRESHOLD = 2_863_311_530;
    /// @notice A valset or batch nonce may not jump ahead by more than this (a signed typo cannot brick the bridge).
    uint256 public constant MAX_NONCE_JUMP = 1_000_000;
    /// @notice Bounds of a BTT bech32 destination: "btt1" + 32 data + 6 checksum characters for a 20-byte account;
    /// 90 is bech32's maximum length (a 32-byte module or ICA account is 62).
    uint256 public constant MIN_DESTINATION_LENGTH = 42;
    uint256 public constant MAX_DESTINATION_LENGTH = 90;

    /// @notice Unique per deployment (BTT chain, EVM chain, contract); part of every signed digest.
    bytes32 public immutable bridgeId;
    /// @notice Wrapped BTT, deployed by this contract's constructor; only this contract mints and burns it.
    WrappedBtt public immutable wrappedBtt;

    /// @notice makeCheckpoint of the current validator set.
    bytes32 public lastValsetCheckpoint;
    /// @notice Nonce of the current validator set.
    uint256 public lastValsetNonce;
    /// @notice Nonce of the last event (valset update, executed batch, deposit); strictly increasing by 1.
    uint256 public lastEventNonce;
    /// @notice Nonce of the last executed batch, per token contract.
    mapping(address => uint256) public lastBatchNonce;

    /// @notice A validator set became current (the genesis set in the constructor, then each updateValset).
    event ValsetUpdatedEvent(
        uint256 indexed newValsetNonce,
        uint256 eventNonce,
        address[] validators,
        uint256[] powers
    );
    /// @notice A signed batch was executed.
    event TransactionBatchExecutedEvent(uint256 indexed batchNonce, address indexed token, uint256 eventNonce);
    /// @notice `amount` of `tokenContract` (what the contract actually received, or burned for wBTT) goes to the BTT
    /// account `destination`.
    event SendToBttEvent(
        address indexed tokenContract,
        address indexed sender,
        string destination,
        uint256 amount,
        uint256 eventNonce
    );

    /// @notice validators, powers (and signatures) are not arrays of one length, or the set is empty.
    error MalformedValset();
    /// @notice validators[index] is the zero address or powers[index] is zero.
    error ZeroValidatorOrPower(uint256 index);
    /// @notice The set is not ordered by power descending then address ascending (or has a duplicate) at `index`.
    error ValsetNotSorted(uint256 index);
    /// @notice The powers add up to more than 2^32 or to no more than the 2/3 threshold.
    error InvalidTotalPower(uint256 total);
    /// @notice The supplied current valset does not hash to the stored checkpoint.
    error IncorrectCheckpoint();
    /// @notice The new valset nonce is not greater than the current one.
    error ValsetNonceNotIncreasing(uint256 newNonce, uint256 currentNonce);
    /// @notice A nonce jumps ahead by more than MAX_NONCE_JUMP.
    error NonceJumpTooLarge(uint256 newNonce, uint256 currentNonce);
    /// @notice The signature at `index` is not by validators[index] over this digest.
    error InvalidSignature(uint256 index);
    /// @notice The signature at `index` has an upper-half s value (malleable).
    error MalleableSignature(uint256 index);
    /// @notice The valid signatures carry `power`, not more than the threshold.
    error InsufficientPower(uint256 power, uint256 threshold);
    /// @notice The batch nonce is not greater than the last executed batch nonce of that token.
    error BatchNonceNotIncreasing(uint256 batchNonce, uint256 lastNonce);
    /// @notice The batch's timeout (an Ethereum block height) has been reached.
    error BatchTimedOut(uint256 blockNumber, uint256 batchTimeout);
    /// @notice amounts, destinations and fees differ in length.
    error BatchLengthMismatch();
    /// @notice A batch with no transfers.
    error EmptyBatch();
    /// @notice destinations[index] is the zero address.
    error ZeroDestination(uint256 index);
    /// @notice sendToBtt of zero tokens, or a token transfer that delivered nothing.
    error ZeroAmount();
    /// @notice The destination is not a btt1... bech32 string of 42 to 90 lowercase bech32 characters.
    error InvalidDestination();
    /// @notice The token address has no code.
    error NotAContract(address tokenContract);

    /// @param bridgeId_ unique per deployment; x/bridge's bridge id param
    /// @param genesisValset the x/bridge valset to start from (its nonce may be any value, usually the latest)
    constructor(bytes32 bridgeId_, ValsetArgs memory genesisValset) {
        _checkValsetShape(genesisValset.validators, genesisValset.powers);
        bridgeId = bridgeId_;
        wrappedBtt = new WrappedBtt(address(this));
        lastValsetCheckpoint = keccak256(
            abi.encode(
                bridgeId_,
                CHECKPOINT_METHOD,
                genesisValset.valsetNonce,
                genesisValset.validators,
                genesisValset.powers
            )
        );
        lastValsetNonce = genesisValset.valsetNonce;
        lastEventNonce = 1;
        emit ValsetUpdatedEvent(genesisValset.valsetNonce, 1, genesisValset.validators, genesisValset.powers);
    }

    /// @notice keccak256(abi.encode(bridgeId, CHECKPOINT_METHOD, valsetNonce, validators, powers)).
    function makeCheckpoint(ValsetArgs calldata valset) public view returns (bytes32) {
        return keccak256(
            abi.encode(bridgeId, CHECKPOINT_METHOD, valset.valsetNonce, valset.validators, valset.powers)
        );
    }

    /// @notice keccak256(abi.encode(bridgeId, BATCH_METHOD, amounts, destinations, fees, batchNonce, tokenContract,
    /// batchTimeout)).
    function makeBatchDigest(
        uint256[] calldata amounts,
        address[] calldata destinations,
        uint256[] calldata fees,
        uint256 batchNonce,
        address tokenContract,
        uint256 batchTimeout
    ) public view returns (bytes32) {
        return keccak256(
            abi.encode(bridgeId, BATCH_METHOD, amounts, destinations, fees, batchNonce, tokenContract, batchTimeout)
        );
    }

    /// @notice Makes `newValset` current, signed (over its checkpoint) by more than 2/3 of the current set's power.
    /// @param currentValset the current set, which must hash to lastValsetCheckpoint
    /// @param sigs one per validator of the current set, in its order (v == 0 for a validator that did not sign)
    function updateValset(
        ValsetArgs calldata newValset,
        ValsetArgs calldata currentValset,
        Signature[] calldata sigs
    ) external nonReentrant {
        // The stored nonce (the checkpoint check below makes currentValset.valsetNonce equal to it); the jump is a
        // difference, so no nonce value can overflow it.
        uint256 currentNonce = lastValsetNonce;
        if (newValset.valsetNonce <= currentNonce) revert ValsetNonceNotIncreasing(newValset.valsetNonce, currentNonce);
        if (newValset.valsetNonce - currentNonce > MAX_NONCE_JUMP) {
            revert NonceJumpTooLarge(newValset.valsetNonce, currentNonce);
        }
        _checkValsetShape(newValset.validators, newValset.powers);
        _checkCurrentValset(currentValset, sigs);
        bytes32 newCheckpoint = makeCheckpoint(newValset);
        _checkSignatures(currentValset, sigs, newCheckpoint);

        lastValsetCheckpoint = newCheckpoint;
        lastValsetNonce = newValset.valsetNonce;
        uint256 eventNonce = lastEventNonce + 1;
        lastEventNonce = eventNonce;
        emit ValsetUpdatedEvent(newValset.valsetNonce, eventNonce, newValset.validators, newValset.powers);
    }

    /// @notice Executes a batch of outgoing transfers signed by more than 2/3 of the current set's power. For
    /// wBTT the amounts are minted (the BTT is escrowed on the BTT chain); for any other token they leave this
    /// contract's escrow. The fees go to the caller (the relayer). Valid while block.number < batchTimeout.
    function submitBatch(
        ValsetArgs calldata currentValset,
        Signature[] calldata sigs,
        uint256[] calldata amounts,
        address[] calldata destinations,
        uint256[] calldata fees,
        uint256 batchNonce,
        address tokenContract,
        uint256 batchTimeout
    ) external nonReentrant {
        uint256 lastNonce = lastBatchNonce[tokenContract];
        if (batchNonce <= lastNonce) revert BatchNonceNotIncreasing(batchNonce, lastNonce);
        if (batchNonce - lastNonce > MAX_NONCE_JUMP) revert NonceJumpTooLarge(batchNonce, lastNonce);
        if (block.number >= batchTimeout) revert BatchTimedOut(block.number, batchTimeout);
        if (amounts.length != destinations.length || amounts.length != fees.length) revert BatchLengthMismatch();
        if (amounts.length == 0) revert EmptyBatch();
        _checkCurrentValset(currentValset, sigs);
        _checkSignatures(
            currentValset,
            sigs,
            makeBatchDigest(amounts, destinations, fees, batchNonce, tokenContract, batchTimeout)
        );

        // Effects before interactions (and nonReentrant on every entry point).
        lastBatchNonce[tokenContract] = batchNonce;
        uint256 eventNonce = lastEventNonce + 1;
        lastEventNonce = eventNonce;
        emit TransactionBatchExecutedEvent(batchNonce, tokenContract, eventNonce);

        uint256 totalFee;
        if (tokenContract == address(wrappedBtt)) {
            for (uint256 i; i < amounts.length; ++i) {
                if (destinations[i] == address(0)) revert ZeroDestination(i);
                wrappedBtt.mint(destinations[i], amounts[i]);
                totalFee += fees[i];
            }
            if (totalFee > 0) wrappedBtt.mint(msg.sender, totalFee);
        } else {
            IERC20 token = IERC20(tokenContract);
            for (uint256 i; i < amounts.length; ++i) {
                if (destinations[i] == address(0)) revert ZeroDestination(i);
                token.safeTransfer(destinations[i], amounts[i]);
                totalFee += fees[i];
            }
            if (totalFee > 0) token.safeTransfer(msg.sender, totalFee);
        }
    }

    /// @notice Sends `amount` of `tokenContract` to the BTT account `destination`: wBTT is burned from the caller
    /// (its BTT is released from escrow on the BTT chain); any other ERC-20 is pulled into this contract's escrow
    /// (approve first) and the amount actually received is what the event reports (fee-on-transfer tokens).
    /// @dev The destination's bech32 checksum is not verified here (x/bridge decodes it); only its shape.
    function sendToBtt(address tokenContract, string calldata destination, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        _checkDestination(destination);
        uint256 received;
        if (tokenContract == address(wrappedBtt)) {
            wrappedBtt.burn(msg.sender, amount);
            received = amount;
        } else {
            if (tokenContract.code.length == 0) revert NotAContract(tokenContract);
            IERC20 token = IERC20(tokenContract);
            uint256 balanceBefore = token.balanceOf(address(this));
            token.safeTransferFrom(msg.sender, address(this), amount);
            received = token.balanceOf(address(this)) - balanceBefore;
            if (received == 0) revert ZeroAmount();
        }
        uint256 eventNonce = lastEventNonce + 1;
        lastEventNonce = eventNonce;
        emit SendToBttEvent(tokenContract, msg.sender, destination, received, eventNonce);
    }

    /// @dev A new set: same lengths, not empty, no zero address or power, sorted by power desc then address asc
    /// (so no address twice in a row), total in (POWER_THRESHOLD, TOTAL_POWER] so that it can sign the next update.
    function _checkValsetShape(address[] memory validators, uint256[] memory powers) private pure {
        if (validators.length == 0 || validators.length != powers.length) revert MalformedValset();
        uint256 total;
        for (uint256 i; i < validators.length; ++i) {
            if (validators[i] == address(0) || powers[i] == 0) revert ZeroValidatorOrPower(i);
            if (i > 0) {
                bool ordered = powers[i] < powers[i - 1] ||
                    (powers[i] == powers[i - 1] && validators[i] > validators[i - 1]);
                if (!ordered) revert ValsetNotSorted(i);
            }
            total += powers[i];
        }
        if (total > TOTAL_POWER || total <= POWER_THRESHOLD) revert InvalidTotalPower(total);
    }

    function _checkCurrentValset(ValsetArgs calldata currentValset, Signature[] calldata sigs) private view {
        if (
            currentValset.validators.length != currentValset.powers.length ||
            currentValset.validators.length != sigs.length
        ) revert MalformedValset();
        if (makeCheckpoint(currentValset) != lastValsetCheckpoint) revert IncorrectCheckpoint();
    }

    /// @dev Walks the set in order, adding the power of each present, valid signature, and returns as soon as the
    /// power exceeds the threshold; an invalid present signature reverts (the relayer must drop it).
    function _checkSignatures(ValsetArgs calldata valset, Signature[] calldata sigs, bytes32 digest) private pure {
        bytes32 signedHash = MessageHashUtils.toEthSignedMessageHash(digest);
        uint256 power;
        for (uint256 i; i < valset.validators.length; ++i) {
            Signature calldata sig = sigs[i];
            if (sig.v == 0) continue;
            (address signer, ECDSA.RecoverError err, ) = ECDSA.tryRecover(signedHash, sig.v, sig.r, sig.s);
            if (err == ECDSA.RecoverError.InvalidSignatureS) revert MalleableSignature(i);
            if (err != ECDSA.RecoverError.NoError || signer != valset.validators[i]) revert InvalidSignature(i);
            power += valset.powers[i];
            if (power > POWER_THRESHOLD) return;
        }
        revert InsufficientPower(power, POWER_THRESHOLD);
    }

    /// @dev "btt1" then lowercase bech32 data characters (qpzry9x8gf2tvdw0s3jn54khce6mua7l), 42 to 90 in all.
    function _checkDestination(string calldata destination) private pure {
        bytes calldata d = bytes(destination);
        if (d.length < MIN_DESTINATION_LENGTH || d.length > MAX_DESTINATION_LENGTH) revert InvalidDestination();
        if (d[0] != "b" || d[1] != "t" || d[2] != "t" || d[3] != "1") revert InvalidDestination();
        for (uint256 i = 4; i < d.length; ++i) {
            bytes1 c = d[i];
            bool ok = (c >= "0" && c <= "9" && c != "1") ||
                (c >= "a" && c <= "z" && c != "b" && c != "i" && c != "o");
            if (!ok) revert InvalidDestination();
        }
    }
}
