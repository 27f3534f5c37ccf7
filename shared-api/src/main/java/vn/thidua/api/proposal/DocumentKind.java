package vn.thidua.api.proposal;

/** The documents of a dossier (hồ sơ đề nghị khen thưởng, Law 06/2022 Art. 84). */
public enum DocumentKind {
    /** tờ trình */
    SUBMISSION,
    /** báo cáo thành tích */
    ACHIEVEMENT_REPORT,
    /** biên bản họp / bình xét / xét khen thưởng of the council */
    COUNCIL_MINUTES,
    /** giấy chứng nhận sáng kiến, when the eligibility route used an initiative */
    INITIATIVE_CERTIFICATE
}
