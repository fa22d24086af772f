// Kept apart from cli.ts so that the top-level CLI shows it without loading @polkadot/api.
export const POLKADOT_USAGE = `usage: btt-relayer polkadot chopsticks [--port 9944] [--spec FILE] [--block-time-ms 6000] [--log-file FILE] [--pid-file FILE]
       btt-relayer polkadot <orchestrator | registration> --config FILE
       btt-relayer polkadot <status | claims | verify> --config FILE [--from-block N] [--after-nonce N] [--checkpoints FILE]
       btt-relayer polkadot key --key-file FILE [--bridge-id ID --validator bttvaloper…]
       btt-relayer polkadot deposit --rpc ws://… --key-file FILE [--key-type sr25519] --custody ADDRESS --amount PLANCK --to btt1…`;
