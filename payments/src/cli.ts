#!/usr/bin/env node
// btt-pay: x/payfi payments from the command line. Results go to stdout as JSON; pino logs to stderr.
import { BTT_DENOM, connectBttQueryConnection, connectBttSigningClient, parsePaymentLink } from "@btt/ts-client";
import { flag, parseArgs, uintFlag, UsageError } from "./args.js";
import { createInvoice, invoiceLink, pay, refund, toJson } from "./commands.js";
import { loadMnemonicKey } from "./keys.js";
import { createLogger } from "./log.js";

const USAGE = `btt-pay <command> [flags]

  create-invoice --amount INT --denom abtt --ref "RF18 INV-1" --expires-in SECONDS --key ORDER-1   (merchant)
  link --invoice ID                         print the invoice's signed btt:pay link (the QR payload) (merchant)
  parse URI                                 verify a link's signature and print its fields (anyone, offline)
  pay URI [--points N]                      verify the link, check it against the chain, pay it in full (payer)
  refund --invoice ID --amount INT          refund (part of) what the payer paid (merchant)
  invoice --invoice ID                      show an invoice

  --rpc URL            CometBFT RPC (default $BTT_RPC or http://127.0.0.1:26657)
  --mnemonic-file F    the signer's mnemonic (default $BTT_MNEMONIC_FILE); --account N for HD account N
`;

async function main(argv: string[]): Promise<number> {
  const log = createLogger();
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "help" || cmd === "--help") {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  const args = parseArgs(rest);
  const rpc = flag(args, "rpc", process.env.BTT_RPC ?? "http://127.0.0.1:26657");
  if (cmd === "parse") {
    const uri = args.positional[0];
    if (!uri) throw new UsageError("parse needs a URI");
    process.stdout.write(toJson(parsePaymentLink(uri)) + "\n");
    return 0;
  }
  const conn = await connectBttQueryConnection(rpc);
  try {
    if (cmd === "invoice") {
      const res = await conn.client.btt.payfi.v1.invoice({ id: uintFlag(args, "invoice") });
      process.stdout.write(toJson(res) + "\n");
      return 0;
    }
    const key = await loadMnemonicKey(flag(args, "mnemonic-file", process.env.BTT_MNEMONIC_FILE), Number(uintFlag(args, "account", "0")));
    const client = await connectBttSigningClient(rpc, key.wallet);
    try {
      switch (cmd) {
        case "create-invoice": {
          const now = BigInt(Math.floor(Date.now() / 1000));
          const r = await createInvoice(client, key.address, {
            amount: flag(args, "amount"), denom: flag(args, "denom", BTT_DENOM), reference: flag(args, "ref"),
            expiresAt: now + uintFlag(args, "expires-in", "3600"), idempotencyKey: flag(args, "key"),
          });
          log.info({ invoice: r.invoiceId.toString(), existing: r.existing, tx: r.txHash }, "invoice created");
          process.stdout.write(toJson(r) + "\n");
          return 0;
        }
        case "link": {
          const { invoice } = await conn.client.btt.payfi.v1.invoice({ id: uintFlag(args, "invoice") });
          if (invoice.merchant !== key.address) throw new UsageError(`invoice ${invoice.id} belongs to ${invoice.merchant}, not ${key.address}`);
          process.stdout.write(invoiceLink(await client.getChainId(), invoice, key.privkey) + "\n");
          return 0;
        }
        case "pay": {
          const uri = args.positional[0];
          if (!uri) throw new UsageError("pay needs a URI");
          const r = await pay(client, conn.client, key.address, uri, uintFlag(args, "points", "0"));
          log.info({ tx: r.txHash, paid: r.paid, discount: r.discount, fee: r.fee }, "invoice paid");
          process.stdout.write(toJson(r) + "\n");
          return 0;
        }
        case "refund": {
          const r = await refund(client, key.address, uintFlag(args, "invoice"), flag(args, "amount"));
          log.info({ tx: r.txHash, refunded: r.refundedTotal }, "refunded");
          process.stdout.write(toJson(r) + "\n");
          return 0;
        }
        default:
          throw new UsageError(`unknown command ${cmd}`);
      }
    } finally {
      client.disconnect();
    }
  } finally {
    conn.disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const e = err as Error;
    createLogger().error({ err: e.message, kind: e.name }, "btt-pay failed");
    process.stderr.write(e instanceof UsageError ? `${e.message}\n\n${USAGE}` : `${e.message}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
