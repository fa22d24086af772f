/* eslint-disable */
import { GeneratedType } from "@cosmjs/proto-signing";
import { MsgUpdateParams, MsgAddMilestone, MsgReleaseMilestone, MsgSpendEcosystemFund, MsgSpendCommunityIncentives, MsgSpendReserve, MsgSpendDevelopmentFund } from "./tx.js";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/btt.emissions.v1.MsgUpdateParams", MsgUpdateParams], ["/btt.emissions.v1.MsgAddMilestone", MsgAddMilestone], ["/btt.emissions.v1.MsgReleaseMilestone", MsgReleaseMilestone], ["/btt.emissions.v1.MsgSpendEcosystemFund", MsgSpendEcosystemFund], ["/btt.emissions.v1.MsgSpendCommunityIncentives", MsgSpendCommunityIncentives], ["/btt.emissions.v1.MsgSpendReserve", MsgSpendReserve], ["/btt.emissions.v1.MsgSpendDevelopmentFund", MsgSpendDevelopmentFund]];
export const MessageComposer = {
  encoded: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.emissions.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    },
    addMilestone(value: MsgAddMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgAddMilestone",
        value: MsgAddMilestone.encode(value).finish()
      };
    },
    releaseMilestone(value: MsgReleaseMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgReleaseMilestone",
        value: MsgReleaseMilestone.encode(value).finish()
      };
    },
    spendEcosystemFund(value: MsgSpendEcosystemFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendEcosystemFund",
        value: MsgSpendEcosystemFund.encode(value).finish()
      };
    },
    spendCommunityIncentives(value: MsgSpendCommunityIncentives) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendCommunityIncentives",
        value: MsgSpendCommunityIncentives.encode(value).finish()
      };
    },
    spendReserve(value: MsgSpendReserve) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendReserve",
        value: MsgSpendReserve.encode(value).finish()
      };
    },
    spendDevelopmentFund(value: MsgSpendDevelopmentFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendDevelopmentFund",
        value: MsgSpendDevelopmentFund.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.emissions.v1.MsgUpdateParams",
        value
      };
    },
    addMilestone(value: MsgAddMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgAddMilestone",
        value
      };
    },
    releaseMilestone(value: MsgReleaseMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgReleaseMilestone",
        value
      };
    },
    spendEcosystemFund(value: MsgSpendEcosystemFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendEcosystemFund",
        value
      };
    },
    spendCommunityIncentives(value: MsgSpendCommunityIncentives) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendCommunityIncentives",
        value
      };
    },
    spendReserve(value: MsgSpendReserve) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendReserve",
        value
      };
    },
    spendDevelopmentFund(value: MsgSpendDevelopmentFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendDevelopmentFund",
        value
      };
    }
  },
  toJSON: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.emissions.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    },
    addMilestone(value: MsgAddMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgAddMilestone",
        value: MsgAddMilestone.toJSON(value)
      };
    },
    releaseMilestone(value: MsgReleaseMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgReleaseMilestone",
        value: MsgReleaseMilestone.toJSON(value)
      };
    },
    spendEcosystemFund(value: MsgSpendEcosystemFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendEcosystemFund",
        value: MsgSpendEcosystemFund.toJSON(value)
      };
    },
    spendCommunityIncentives(value: MsgSpendCommunityIncentives) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendCommunityIncentives",
        value: MsgSpendCommunityIncentives.toJSON(value)
      };
    },
    spendReserve(value: MsgSpendReserve) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendReserve",
        value: MsgSpendReserve.toJSON(value)
      };
    },
    spendDevelopmentFund(value: MsgSpendDevelopmentFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendDevelopmentFund",
        value: MsgSpendDevelopmentFund.toJSON(value)
      };
    }
  },
  fromJSON: {
    updateParams(value: any) {
      return {
        typeUrl: "/btt.emissions.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    },
    addMilestone(value: any) {
      return {
        typeUrl: "/btt.emissions.v1.MsgAddMilestone",
        value: MsgAddMilestone.fromJSON(value)
      };
    },
    releaseMilestone(value: any) {
      return {
        typeUrl: "/btt.emissions.v1.MsgReleaseMilestone",
        value: MsgReleaseMilestone.fromJSON(value)
      };
    },
    spendEcosystemFund(value: any) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendEcosystemFund",
        value: MsgSpendEcosystemFund.fromJSON(value)
      };
    },
    spendCommunityIncentives(value: any) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendCommunityIncentives",
        value: MsgSpendCommunityIncentives.fromJSON(value)
      };
    },
    spendReserve(value: any) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendReserve",
        value: MsgSpendReserve.fromJSON(value)
      };
    },
    spendDevelopmentFund(value: any) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendDevelopmentFund",
        value: MsgSpendDevelopmentFund.fromJSON(value)
      };
    }
  },
  fromPartial: {
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/btt.emissions.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    },
    addMilestone(value: MsgAddMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgAddMilestone",
        value: MsgAddMilestone.fromPartial(value)
      };
    },
    releaseMilestone(value: MsgReleaseMilestone) {
      return {
        typeUrl: "/btt.emissions.v1.MsgReleaseMilestone",
        value: MsgReleaseMilestone.fromPartial(value)
      };
    },
    spendEcosystemFund(value: MsgSpendEcosystemFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendEcosystemFund",
        value: MsgSpendEcosystemFund.fromPartial(value)
      };
    },
    spendCommunityIncentives(value: MsgSpendCommunityIncentives) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendCommunityIncentives",
        value: MsgSpendCommunityIncentives.fromPartial(value)
      };
    },
    spendReserve(value: MsgSpendReserve) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendReserve",
        value: MsgSpendReserve.fromPartial(value)
      };
    },
    spendDevelopmentFund(value: MsgSpendDevelopmentFund) {
      return {
        typeUrl: "/btt.emissions.v1.MsgSpendDevelopmentFund",
        value: MsgSpendDevelopmentFund.fromPartial(value)
      };
    }
  }
};