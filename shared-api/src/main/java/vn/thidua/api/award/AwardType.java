package vn.thidua.api.award;

/** Forms of commendation and emulation titles of Law 06/2022 (DESIGN §5), with who may receive each. */
public enum AwardType {
    CERTIFICATE_OF_MERIT(NomineeKinds.BOTH),
    ADVANCED_WORKER(NomineeKinds.INDIVIDUAL),
    ADVANCED_COLLECTIVE(NomineeKinds.COLLECTIVE),
    GRASSROOTS_EMULATION_FIGHTER(NomineeKinds.INDIVIDUAL),
    MINISTERIAL_OR_PROVINCIAL_COMMENDATION(NomineeKinds.BOTH),
    EMULATION_FLAG(NomineeKinds.COLLECTIVE),
    EXCELLENT_COLLECTIVE(NomineeKinds.COLLECTIVE),
    PROVINCIAL_EMULATION_FIGHTER(NomineeKinds.INDIVIDUAL),
    PRIME_MINISTER_COMMENDATION(NomineeKinds.BOTH),
    LABOUR_ORDER_3(NomineeKinds.BOTH),
    LABOUR_ORDER_2(NomineeKinds.BOTH),
    LABOUR_ORDER_1(NomineeKinds.BOTH),
    CULTURAL_STANDARD_TITLE(NomineeKinds.COLLECTIVE);

    public enum NomineeKinds { INDIVIDUAL, COLLECTIVE, BOTH }

    private final NomineeKinds nominees;

    AwardType(NomineeKinds nominees) {
        this.nominees = nominees;
    }

    public NomineeKinds nominees() {
        return nominees;
    }
}
