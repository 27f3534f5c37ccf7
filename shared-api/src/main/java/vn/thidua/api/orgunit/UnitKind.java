package vn.thidua.api.orgunit;

/**
 * What sort of body a unit is; with the level it chooses the default authority (Law 06/2022 Art. 77-80): the
 * chair of a people's committee, the head of a department and a trade union federation decide different awards.
 */
public enum UnitKind {
    /** the President and the Prime Minister */
    STATE,
    /** Bộ, ngành */
    MINISTRY,
    /** UBND xã, huyện, tỉnh */
    PEOPLES_COMMITTEE,
    /** Sở, phòng, a unit under a ministry */
    DEPARTMENT,
    /** Tổng LĐLĐ, LĐLĐ tỉnh, LĐLĐ huyện, CĐCS */
    TRADE_UNION,
    /** a school, hospital, enterprise or other grassroots body */
    ORGANISATION
}
