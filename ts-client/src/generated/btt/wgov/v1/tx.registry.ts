/* eslint-disable */
import { GeneratedType } from "@cosmjs/proto-signing";
import { MsgUpdateParams, MsgSetInstitutions, MsgNominate, MsgVoteRepresentative, MsgRecallRepresentative } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/btt.wgov.v1.MsgUpdateParams", MsgUpdateParams], ["/btt.wgov.v1.MsgSetInstitutions", MsgSetInstitutions], ["/btt.wgov.v1.MsgNominate", MsgNominate], ["/btt.wgov.v1.MsgVoteRepresentative", MsgVoteRepresentative], ["/btt.wgov.v1.MsgRecallRepresentative", MsgRecallRepresentative]];
export const MessageComposer = {
  encoded: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.wgov.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    },
    setInstitutions(value: MsgSetInstitutions) {
      return {
        typeUrl: "/btt.wgov.v1.MsgSetInstitutions",
        value: MsgSetInstitutions.encode(value).finish()
      };
    },
    nominate(value: MsgNominate) {
      return {
        typeUrl: "/btt.wgov.v1.MsgNominate",
        value: MsgNominate.encode(value).finish()
      };
    },
    voteRepresentative(value: MsgVoteRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgVoteRepresentative",
        value: MsgVoteRepresentative.encode(value).finish()
      };
    },
    recallRepresentative(value: MsgRecallRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgRecallRepresentative",
        value: MsgRecallRepresentative.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.wgov.v1.MsgUpdateParams",
        value
      };
    },
    setInstitutions(value: MsgSetInstitutions) {
      return {
        typeUrl: "/btt.wgov.v1.MsgSetInstitutions",
        value
      };
    },
    nominate(value: MsgNominate) {
      return {
        typeUrl: "/btt.wgov.v1.MsgNominate",
        value
      };
    },
    voteRepresentative(value: MsgVoteRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgVoteRepresentative",
        value
      };
    },
    recallRepresentative(value: MsgRecallRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgRecallRepresentative",
        value
      };
    }
  },
  toJSON: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.wgov.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    },
    setInstitutions(value: MsgSetInstitutions) {
      return {
        typeUrl: "/btt.wgov.v1.MsgSetInstitutions",
        value: MsgSetInstitutions.toJSON(value)
      };
    },
    nominate(value: MsgNominate) {
      return {
        typeUrl: "/btt.wgov.v1.MsgNominate",
        value: MsgNominate.toJSON(value)
      };
    },
    voteRepresentative(value: MsgVoteRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgVoteRepresentative",
        value: MsgVoteRepresentative.toJSON(value)
      };
    },
    recallRepresentative(value: MsgRecallRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgRecallRepresentative",
        value: MsgRecallRepresentative.toJSON(value)
      };
    }
  },
  fromJSON: {
    updateParams(value: any) {
      return {
        typeUrl: "/btt.wgov.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    },
    setInstitutions(value: any) {
      return {
        typeUrl: "/btt.wgov.v1.MsgSetInstitutions",
        value: MsgSetInstitutions.fromJSON(value)
      };
    },
    nominate(value: any) {
      return {
        typeUrl: "/btt.wgov.v1.MsgNominate",
        value: MsgNominate.fromJSON(value)
      };
    },
    voteRepresentative(value: any) {
      return {
        typeUrl: "/btt.wgov.v1.MsgVoteRepresentative",
        value: MsgVoteRepresentative.fromJSON(value)
      };
    },
    recallRepresentative(value: any) {
      return {
        typeUrl: "/btt.wgov.v1.MsgRecallRepresentative",
        value: MsgRecallRepresentative.fromJSON(value)
      };
    }
  },
  fromPartial: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.wgov.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    },
    setInstitutions(value: MsgSetInstitutions) {
      return {
        typeUrl: "/btt.wgov.v1.MsgSetInstitutions",
        value: MsgSetInstitutions.fromPartial(value)
      };
    },
    nominate(value: MsgNominate) {
      return {
        typeUrl: "/btt.wgov.v1.MsgNominate",
        value: MsgNominate.fromPartial(value)
      };
    },
    voteRepresentative(value: MsgVoteRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgVoteRepresentative",
        value: MsgVoteRepresentative.fromPartial(value)
      };
    },
    recallRepresentative(value: MsgRecallRepresentative) {
      return {
        typeUrl: "/btt.wgov.v1.MsgRecallRepresentative",
        value: MsgRecallRepresentative.fromPartial(value)
      };
    }
  }
};