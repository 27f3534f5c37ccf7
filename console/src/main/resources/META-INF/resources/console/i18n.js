// Vietnamese by default, English on request; dates dd/MM/yyyy and numbers as vi-VN writes them.

const LANGUAGE = 'thidua.language';

const vi = {
    brand: 'Thi đua – Khen thưởng',
    skip: 'Bỏ qua, tới nội dung chính',
    nav: 'Chức năng',
    'nav.inbox': 'Hồ sơ chờ xử lý', 'nav.campaigns': 'Phong trào', 'nav.awards': 'Sổ khen thưởng',
    'nav.audit': 'Nhật ký kiểm tra', 'nav.report': 'Báo cáo sơ kết, tổng kết',
    language: 'Ngôn ngữ', signOut: 'Đăng xuất',
    'login.title': 'Đăng nhập', 'login.user': 'Tên đăng nhập', 'login.password': 'Mật khẩu', 'login.submit': 'Đăng nhập',
    'login.hint': 'Tài khoản mẫu: tên đăng nhập là mã đơn vị (ví dụ ubnd-xa-lo-ku), mật khẩu thidua2026.',
    'login.failed': 'Tên đăng nhập hoặc mật khẩu không đúng.',
    loading: 'Đang tải…', none: 'Không có mục nào.', saved: 'Đã ghi nhận.', unit: 'Đơn vị', roles: 'Vai trò',
    'inbox.title': 'Hồ sơ đề nghị chờ xử lý tại đơn vị', 'outbox.title': 'Hồ sơ đơn vị đã gửi lên, đang xử lý',
    'overdue.title': 'Hồ sơ quá hạn tại đơn vị và cấp dưới',
    proposal: 'Hồ sơ', awardType: 'Hình thức khen thưởng', nominee: 'Đối tượng', proposer: 'Đơn vị đề nghị',
    pendingAt: 'Đang chờ tại', pendingSince: 'Chờ từ ngày', deadline: 'Thời hạn', status: 'Trạng thái',
    overdue: 'Quá hạn', onTime: 'Trong hạn', actions: 'Thao tác', dueBy: 'Hạn xử lý',
    dueUnknown: 'Không ghi nhận hạn xử lý',
    forward: 'Trình cấp trên', giveBack: 'Trả lại bổ sung', reject: 'Từ chối', approve: 'Phê duyệt',
    reason: 'Lý do', missingItems: 'Hồ sơ cần bổ sung (mỗi dòng một mục)', decisionId: 'Mã quyết định khen thưởng',
    remarks: 'Ý kiến', confirm: 'Xác nhận', cancel: 'Hủy',
    'vote.inFavour': 'Số thành viên tán thành', 'vote.present': 'Số thành viên có mặt',
    'vote.total': 'Tổng số thành viên hội đồng', 'vote.secret': 'Bỏ phiếu kín', vote: 'Kết quả biểu quyết của Hội đồng',
    'campaigns.title': 'Phong trào thi đua', planNumber: 'Số kế hoạch', title: 'Tên', issuer: 'Đơn vị ban hành',
    period: 'Thời gian', open: 'Mở', tree: 'Kế hoạch các cấp', progress: 'Tiến độ',
    registrationsCount: 'đăng ký', evaluated: 'đã xếp loại', reviewsDone: 'đợt bình xét đã kết thúc',
    registrations: 'Đăng ký thi đua', registrationId: 'Mã đăng ký', registeredAt: 'Ngày đăng ký', participant: 'Người/tập thể đăng ký', category: 'Lĩnh vực',
    commitments: 'Nội dung đăng ký', latestRating: 'Xếp loại gần nhất', reviews: 'Sơ kết, tổng kết',
    review: 'Đợt bình xét', reviewId: 'Mã đợt bình xét', kind: 'Loại', year: 'Năm',
    quota: 'Chỉ tiêu khen thưởng', used: 'Đã dùng', free: 'Còn lại', limit: 'Chỉ tiêu',
    reserved: 'Dành riêng', 'review.title': 'Kết quả bình xét', distribution: 'Phân bố xếp loại',
    evaluations: 'Xếp loại', rating: 'Xếp loại', rate: 'Ghi xếp loại', nominees: 'Danh sách đề nghị (tiêu biểu)',
    eligibility: 'Căn cứ đủ điều kiện', conclude: 'Kết thúc đợt bình xét với các đối tượng đã chọn',
    nominate: 'Chọn đề nghị', propose: 'Đề nghị khen thưởng', decide: 'Quyết định theo thẩm quyền',
    'propose.title': 'Lập hồ sơ đề nghị khen thưởng', 'decide.title': 'Quyết định khen thưởng theo thẩm quyền',
    dossier: 'Thành phần hồ sơ', reference: 'Số, ký hiệu văn bản', document: 'Văn bản',
    submit: 'Gửi', 'tracker.title': 'Theo dõi hồ sơ', route: 'Quá trình xử lý', daysThere: 'ngày tại đơn vị',
    by: 'Người thực hiện', 'awards.title': 'Sổ khen thưởng', search: 'Tìm kiếm', person: 'Mã cá nhân',
    decisionNumber: 'Số quyết định', decisionDate: 'Ngày quyết định', decidingUnit: 'Đơn vị quyết định',
    awardee: 'Được khen thưởng', campaign: 'Phong trào', revoked: 'Đã thu hồi',
    csv: 'Tải CSV', xlsx: 'Tải Excel (XLSX)', downloaded: 'Đã tải tệp', any: 'Tất cả',
    'audit.title': 'Nhật ký kiểm tra (mọi sự kiện)', aggregate: 'Mã đối tượng', type: 'Loại sự kiện',
    actor: 'Người thực hiện', from: 'Từ ngày', to: 'Đến ngày', time: 'Thời điểm', sequence: 'Thứ tự',
    correlation: 'Mã yêu cầu', payload: 'Nội dung', verify: 'Kiểm tra tính toàn vẹn chuỗi',
    'verify.ok': 'Chuỗi nhật ký toàn vẹn: không có sự kiện nào bị sửa.',
    'verify.broken': 'Chuỗi nhật ký bị phá vỡ tại vị trí',
    'verify.unavailable': 'Chức năng kiểm tra chuỗi chưa có trên máy chủ này.',
    previous: 'Trang trước', next: 'Trang sau', page: 'Trang',
    'report.title': 'Báo cáo sơ kết, tổng kết (tính lại từ nhật ký sự kiện)', asOf: 'Tính đến thời điểm',
    run: 'Lập báo cáo', running: 'Đang lập báo cáo', eventsRead: 'sự kiện đã đọc',
    'chart.participation': 'Tham gia theo cấp', 'chart.ratings': 'Phân bố xếp loại',
    'chart.days': 'Số ngày xử lý theo cấp (trung vị, p95)', 'chart.awards': 'Khen thưởng theo hình thức',
    collective: 'Tập thể', individual: 'Cá nhân', plans: 'Kế hoạch', median: 'Trung vị', p95: 'p95',
    granted: 'Đã khen', standing: 'Còn hiệu lực',
    'error.title': 'Không thực hiện được', 'error.network': 'Không kết nối được máy chủ.',
    'error.rule': 'Quy tắc',
};

const en = {
    brand: 'Emulation & Commendation',
    skip: 'Skip to main content',
    nav: 'Functions',
    'nav.inbox': 'Inbox', 'nav.campaigns': 'Campaigns', 'nav.awards': 'Award register',
    'nav.audit': 'Audit log', 'nav.report': 'Phase report',
    language: 'Language', signOut: 'Sign out',
    'login.title': 'Sign in', 'login.user': 'User name', 'login.password': 'Password', 'login.submit': 'Sign in',
    'login.hint': 'Demo users: the user name is the unit id (e.g. ubnd-xa-lo-ku), the password thidua2026.',
    'login.failed': 'Wrong user name or password.',
    loading: 'Loading…', none: 'Nothing here.', saved: 'Done.', unit: 'Unit', roles: 'Roles',
    'inbox.title': 'Proposals pending at your unit', 'outbox.title': 'Proposals your unit sent up, under way',
    'overdue.title': 'Overdue proposals at your unit and below',
    proposal: 'Proposal', awardType: 'Award type', nominee: 'Nominee', proposer: 'Proposing unit',
    pendingAt: 'Pending at', pendingSince: 'Pending since', deadline: 'Time limit', status: 'Status',
    overdue: 'Overdue', onTime: 'On time', actions: 'Actions', dueBy: 'Due by',
    dueUnknown: 'No due date recorded',
    forward: 'Forward', giveBack: 'Return for supplementation', reject: 'Reject', approve: 'Approve',
    reason: 'Reason', missingItems: 'Missing items (one per line)', decisionId: 'Award decision id',
    remarks: 'Remarks', confirm: 'Confirm', cancel: 'Cancel',
    'vote.inFavour': 'Members in favour', 'vote.present': 'Members present', 'vote.total': 'Council members in total',
    'vote.secret': 'Secret ballot', vote: 'Council vote',
    'campaigns.title': 'Campaigns', planNumber: 'Plan number', title: 'Title', issuer: 'Issuer',
    period: 'Period', open: 'Open', tree: 'Cascade of plans', progress: 'Progress',
    registrationsCount: 'registrations', evaluated: 'rated', reviewsDone: 'reviews concluded',
    registrations: 'Registrations', registrationId: 'Registration id', registeredAt: 'Registered on', participant: 'Participant', category: 'Category',
    commitments: 'Commitments', latestRating: 'Latest rating', reviews: 'Reviews',
    review: 'Review', reviewId: 'Review id', kind: 'Kind', year: 'Year',
    quota: 'Quotas', used: 'Used', free: 'Free', limit: 'Limit',
    reserved: 'Reserved', 'review.title': 'Review results', distribution: 'Rating distribution',
    evaluations: 'Ratings', rating: 'Rating', rate: 'Record rating', nominees: 'Nominees',
    eligibility: 'Eligibility route', conclude: 'Conclude the review with the selected nominees',
    nominate: 'Nominate', propose: 'Propose an award', decide: 'Decide within authority',
    'propose.title': 'Award proposal', 'decide.title': 'Award decision within your authority',
    dossier: 'Dossier', reference: 'Document reference', document: 'Document',
    submit: 'Send', 'tracker.title': 'Proposal tracker', route: 'Route', daysThere: 'days at the unit',
    by: 'By', 'awards.title': 'Award register', search: 'Search', person: 'Person id',
    decisionNumber: 'Decision number', decisionDate: 'Decision date', decidingUnit: 'Deciding unit',
    awardee: 'Awardee', campaign: 'Campaign', revoked: 'Revoked',
    csv: 'Download CSV', xlsx: 'Download Excel (XLSX)', downloaded: 'Downloaded', any: 'Any',
    'audit.title': 'Audit log (every event)', aggregate: 'Aggregate id', type: 'Event type',
    actor: 'Actor', from: 'From', to: 'To', time: 'Time', sequence: 'Sequence',
    correlation: 'Correlation id', payload: 'Payload', verify: 'Verify the chain',
    'verify.ok': 'The chain is intact: no event was altered.',
    'verify.broken': 'The chain is broken at position',
    'verify.unavailable': 'Chain verification is not available on this server yet.',
    previous: 'Previous page', next: 'Next page', page: 'Page',
    'report.title': 'Phase report (replayed from the event store)', asOf: 'As of',
    run: 'Build the report', running: 'Building the report', eventsRead: 'events read',
    'chart.participation': 'Participation by level', 'chart.ratings': 'Rating distribution',
    'chart.days': 'Days per level (median, p95)', 'chart.awards': 'Awards by type',
    collective: 'Collective', individual: 'Individual', plans: 'Plans', median: 'Median', p95: 'p95',
    granted: 'Granted', standing: 'Standing',
    'error.title': 'Could not be done', 'error.network': 'The server cannot be reached.',
    'error.rule': 'Rule',
};

/** Every rule id of DESIGN §4 and the ones the API adds, explained to the person who was refused. */
const rules = {
    vi: {
        U1: 'Đơn vị phải có mã, tên, cấp và đơn vị cấp trên ở cấp cao hơn; thẩm quyền khen thưởng theo cấp và loại đơn vị.',
        U2: 'Đổi tên, chuyển đơn vị cấp trên hoặc sáp nhập đơn vị được ghi thành sự kiện; lộ trình cũ của hồ sơ không bị viết lại.',
        C1: 'Kế hoạch thi đua cần đơn vị ban hành hợp lệ, số kế hoạch không trùng, thời gian hợp lệ, đối tượng, tiêu chí, hình thức khen thưởng và lịch sơ kết, tổng kết.',
        C2: 'Kế hoạch cấp dưới phải thực hiện một kế hoạch cấp trên đang triển khai, do đơn vị cấp trên ban hành và nằm trong thời gian của kế hoạch đó.',
        C3: 'Chỉ được sửa kế hoạch trước khi mở đợt bình xét đầu tiên; chỉ tiêu không được thấp hơn số đã dùng.',
        C4: 'Chỉ đăng ký thi đua khi phong trào đang triển khai và chưa tổng kết; người/tập thể thuộc đơn vị ban hành hoặc cấp dưới; mỗi đối tượng đăng ký một lần.',
        C5: 'Mỗi lúc chỉ mở một đợt bình xét; sơ kết tối đa một lần và trước tổng kết; tổng kết một lần, sau khi sơ kết đã kết thúc.',
        C6: 'Chỉ xếp loại đăng ký còn hiệu lực, khi đợt bình xét đang mở.',
        C7: 'Đối tượng đề nghị phải đã được xếp loại trong đợt này và đủ điều kiện cho hình thức khen thưởng (thành tích các năm, sáng kiến).',
        C8: 'Chỉ kết thúc phong trào sau tổng kết; phong trào đã kết thúc hoặc hủy không nhận thao tác nào nữa; hủy phải có lý do.',
        C9: 'Kế hoạch cấp dưới báo cáo định kỳ cho đơn vị ban hành kế hoạch cấp trên.',
        P1: 'Chỉ đề nghị hình thức khen thưởng vượt thẩm quyền của đơn vị, cho đối tượng của đợt bình xét đã kết thúc, đủ điều kiện, với đủ thành phần hồ sơ và kết quả biểu quyết đạt tỷ lệ.',
        P2: 'Chỉ đơn vị đang giữ hồ sơ mới được xử lý, và người thực hiện phải thuộc đơn vị đó.',
        P3: 'Trình lên chỉ khi chưa tới cấp có thẩm quyền; phê duyệt chỉ tại cấp có thẩm quyền; trả lại phải có lý do và hồ sơ cần bổ sung; từ chối phải có lý do.',
        P4: 'Hồ sơ bị trả lại được đơn vị nhận lại bổ sung và gửi lại; đơn vị đề nghị có thể rút hồ sơ chưa được quyết định.',
        P5: 'Hồ sơ đã phê duyệt, từ chối hoặc rút là kết thúc, không xử lý thêm.',
        P6: 'Mỗi cấp có thời hạn xử lý (ngày làm việc); quá hạn thì hồ sơ được đánh dấu quá hạn.',
        P7: 'Một đối tượng không được đề nghị hoặc khen cùng một hình thức hai lần trong cùng phong trào.',
        D1: 'Đơn vị chỉ tự quyết định hình thức khen thưởng thuộc thẩm quyền, cho đối tượng đủ điều kiện của đợt bình xét đã kết thúc của mình.',
        D2: 'Phê duyệt tại cấp có thẩm quyền tạo (hoặc bổ sung vào) quyết định khen thưởng, đánh số duy nhất theo đơn vị và năm.',
        D3: 'Vượt chỉ tiêu khen thưởng của kế hoạch (kể cả phần dành riêng cho lĩnh vực).',
        D4: 'Chỉ đơn vị ban hành mới thu hồi quyết định hoặc một trường hợp khen thưởng, và phải có lý do.',
        A1: 'Mỗi lệnh có một mã (Idempotency-Key); gửi lại cùng mã với nội dung khác là không hợp lệ.',
        A2: 'Mỗi sự kiện phải ghi người thực hiện, đơn vị và mã yêu cầu.',
        R1: 'Chỉ cấp Trung ương được ban hành bộ quy tắc khen thưởng.',
        R2: 'Mỗi phiên bản quy tắc chỉ ban hành một lần và không thay đổi.',
        R3: 'Văn bản quy tắc không đọc được trọn vẹn.',
        REQUEST: 'Yêu cầu không hợp lệ: thiếu thông tin hoặc sai định dạng.',
        AUTH: 'Cần đăng nhập bằng tên đăng nhập và mật khẩu.',
        AUTH_THROTTLED: 'Đăng nhập sai quá nhiều lần; vui lòng chờ rồi thử lại.',
        ROLE: 'Vai trò của bạn không được phép thực hiện thao tác này.',
        SCOPE: 'Dữ liệu nằm ngoài phạm vi đơn vị của bạn.',
        ID_TAKEN: 'Mã này đã được dùng; hãy chọn mã mới.',
        CONCURRENT_CHANGE: 'Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại.',
        INTERNAL: 'Máy chủ gặp lỗi; hãy báo mã tham chiếu cho bộ phận vận hành.',
    },
    en: {
        U1: 'A unit needs an id, a name, a level and a parent at a higher level; its authority follows its level and kind.',
        U2: 'Renaming, re-parenting and merging are recorded; a proposal\'s past route is never rewritten.',
        C1: 'A plan needs a valid issuer, a plan number unique for it, a valid period, targets, criteria, an award plan and a schedule.',
        C2: 'A cascaded plan implements a running plan of an ancestor unit, within its period.',
        C3: 'A plan may be amended only until its first review opens; a quota never drops below what is used.',
        C4: 'Registration only while the campaign runs and before the final review; one registration per participant.',
        C5: 'One review open at a time; the preliminary review at most once and before the final one.',
        C6: 'Only active registrations, only while the review is open, can be rated.',
        C7: 'A nominee must be rated in this review and eligible for the award type.',
        C8: 'A campaign closes only after its final review; a closed or cancelled campaign accepts nothing more.',
        C9: 'A cascaded plan reports progress to the issuer of its parent plan.',
        P1: 'Propose only awards beyond your authority, for eligible nominees of your concluded review, with the full dossier and a sufficient vote.',
        P2: 'Only the unit the proposal is pending at may act on it.',
        P3: 'Forward only below the deciding level, approve only at it; a return needs a reason and the missing items, a rejection a reason.',
        P4: 'A returned proposal is resubmitted by the unit it was returned to; the proposer may withdraw it until decided.',
        P5: 'Approved, rejected and withdrawn proposals are final.',
        P6: 'Each level has a time limit in working days; past it the proposal is overdue.',
        P7: 'A nominee cannot be proposed or granted the same award twice in one campaign.',
        D1: 'A unit decides directly only the award types within its authority, for eligible nominees of its own review.',
        D2: 'Approval issues or joins a decision numbered uniquely per unit and year.',
        D3: 'The quota of the plan (or its reserved share) is exhausted.',
        D4: 'Only the issuing unit revokes a decision or grant, with a reason.',
        A1: 'Each command has an id (Idempotency-Key); the same id with another body is refused.',
        A2: 'Each event records the actor, the unit and the request.',
        R1: 'Only the national level publishes award rules.',
        R2: 'A rule-set version is published once and never changes.',
        R3: 'The rule-set document cannot be read whole.',
        REQUEST: 'The request is malformed or incomplete.',
        AUTH: 'Sign in with a user name and password.',
        AUTH_THROTTLED: 'Too many failed sign-ins; wait and try again.',
        ROLE: 'Your role does not allow this action.',
        SCOPE: 'This lies outside your unit\'s subtree.',
        ID_TAKEN: 'This id is already in use; choose a new one.',
        CONCURRENT_CHANGE: 'Someone changed this at the same time; reload and repeat.',
        INTERNAL: 'The server failed; quote the reference to the operators.',
    },
};

const enums = {
    vi: {
        CERTIFICATE_OF_MERIT: 'Giấy khen', ADVANCED_WORKER: 'Lao động tiên tiến',
        ADVANCED_COLLECTIVE: 'Tập thể lao động tiên tiến', GRASSROOTS_EMULATION_FIGHTER: 'Chiến sĩ thi đua cơ sở',
        MINISTERIAL_OR_PROVINCIAL_COMMENDATION: 'Bằng khen cấp bộ, tỉnh', EMULATION_FLAG: 'Cờ thi đua cấp bộ, tỉnh',
        EXCELLENT_COLLECTIVE: 'Tập thể lao động xuất sắc', PROVINCIAL_EMULATION_FIGHTER: 'Chiến sĩ thi đua cấp bộ, tỉnh',
        PRIME_MINISTER_COMMENDATION: 'Bằng khen của Thủ tướng Chính phủ', LABOUR_ORDER_3: 'Huân chương Lao động hạng Ba',
        LABOUR_ORDER_2: 'Huân chương Lao động hạng Nhì', LABOUR_ORDER_1: 'Huân chương Lao động hạng Nhất',
        CULTURAL_STANDARD_TITLE: 'Cơ quan đạt chuẩn văn hóa',
        PENDING: 'Đang xử lý', RETURNED: 'Trả lại bổ sung', APPROVED: 'Đã phê duyệt', REJECTED: 'Bị từ chối',
        WITHDRAWN: 'Đã rút', LAUNCHED: 'Đang triển khai', CLOSED: 'Đã kết thúc', CANCELLED: 'Đã hủy',
        OPEN: 'Đang mở', CONCLUDED: 'Đã kết thúc', ACTIVE: 'Hiệu lực',
        EXCELLENT: 'Hoàn thành xuất sắc', GOOD: 'Hoàn thành tốt', COMPLETED: 'Hoàn thành',
        NOT_COMPLETED: 'Không hoàn thành', COLLECTIVE: 'Tập thể', INDIVIDUAL: 'Cá nhân',
        COMMUNE: 'Cấp xã', DISTRICT: 'Cấp huyện', PROVINCE: 'Cấp tỉnh', MINISTRY: 'Cấp bộ', NATIONAL: 'Trung ương',
        PERIODIC: 'Báo cáo định kỳ', PRELIMINARY: 'Sơ kết', FINAL: 'Tổng kết',
        SUBMISSION: 'Tờ trình', ACHIEVEMENT_REPORT: 'Báo cáo thành tích', COUNCIL_MINUTES: 'Biên bản họp Hội đồng',
        INITIATIVE_CERTIFICATE: 'Giấy chứng nhận sáng kiến',
        SUBMITTED: 'Gửi đề nghị', FORWARDED: 'Trình cấp trên', RESUBMITTED: 'Gửi lại sau bổ sung',
        OVERDUE: 'Quá hạn', OFFICER: 'Cán bộ', COUNCIL: 'Hội đồng TĐKT', ANALYST: 'Phân tích', AUDITOR: 'Kiểm tra',
    },
    en: {
        CERTIFICATE_OF_MERIT: 'Certificate of merit', ADVANCED_WORKER: 'Advanced worker',
        ADVANCED_COLLECTIVE: 'Advanced collective', GRASSROOTS_EMULATION_FIGHTER: 'Grassroots emulation fighter',
        MINISTERIAL_OR_PROVINCIAL_COMMENDATION: 'Ministerial or provincial commendation',
        EMULATION_FLAG: 'Emulation flag', EXCELLENT_COLLECTIVE: 'Excellent collective',
        PROVINCIAL_EMULATION_FIGHTER: 'Provincial emulation fighter',
        PRIME_MINISTER_COMMENDATION: 'Prime Minister\'s commendation', LABOUR_ORDER_3: 'Labour Order, third class',
        LABOUR_ORDER_2: 'Labour Order, second class', LABOUR_ORDER_1: 'Labour Order, first class',
        CULTURAL_STANDARD_TITLE: 'Cultural standard title',
        PENDING: 'Pending', RETURNED: 'Returned', APPROVED: 'Approved', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn',
        LAUNCHED: 'Running', CLOSED: 'Closed', CANCELLED: 'Cancelled', OPEN: 'Open', CONCLUDED: 'Concluded',
        ACTIVE: 'Active', EXCELLENT: 'Excellent', GOOD: 'Good', COMPLETED: 'Completed', NOT_COMPLETED: 'Not completed',
        COLLECTIVE: 'Collective', INDIVIDUAL: 'Individual', COMMUNE: 'Commune', DISTRICT: 'District',
        PROVINCE: 'Province', MINISTRY: 'Ministry', NATIONAL: 'National', PERIODIC: 'Periodic',
        PRELIMINARY: 'Preliminary', FINAL: 'Final', SUBMISSION: 'Submission', ACHIEVEMENT_REPORT: 'Achievement report',
        COUNCIL_MINUTES: 'Council minutes', INITIATIVE_CERTIFICATE: 'Initiative certificate',
        SUBMITTED: 'Submitted', FORWARDED: 'Forwarded', RESUBMITTED: 'Resubmitted', OVERDUE: 'Overdue',
        OFFICER: 'Officer', COUNCIL: 'Council', ANALYST: 'Analyst', AUDITOR: 'Auditor',
    },
};

const dictionaries = {vi, en};

export function language() {
    const chosen = localStorage.getItem(LANGUAGE);
    return chosen === 'en' ? 'en' : 'vi';
}

export function setLanguage(code) {
    localStorage.setItem(LANGUAGE, code);
    document.documentElement.lang = code;
}

export function t(key) {
    return dictionaries[language()][key] ?? vi[key] ?? key;
}

/** An enum constant of the API in words; an unknown one stays as the API wrote it. */
export function label(constant) {
    if (constant === null || constant === undefined) return '';
    return enums[language()][constant] ?? String(constant);
}

export function explainRule(rule) {
    return rules[language()][rule];
}

function locale() {
    return language() === 'vi' ? 'vi-VN' : 'en-GB';
}

function twoDigits(n) {
    return String(n).padStart(2, '0');
}

/** dd/MM/yyyy in both languages: the format of Vietnamese documents. */
export function date(value) {
    if (!value) return '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        const [y, m, d] = value.split('-');
        return `${d}/${m}/${y}`;
    }
    const at = new Date(value);
    return `${twoDigits(at.getDate())}/${twoDigits(at.getMonth() + 1)}/${at.getFullYear()}`;
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA',
    {timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit'});

/**
 * The last day of a time limit (P6), as dd/MM/yyyy: a limit ends at midnight in Vietnam after its last working day,
 * so the day is taken there, a moment before, whatever the browser's time zone. Unknown (an arrival that recorded
 * no due date) is a dash.
 */
export function dueDate(value) {
    if (!value) return '—';
    return date(VIETNAM_DAY.format(new Date(Date.parse(value) - 1)));
}

export function dateTime(value) {
    if (!value) return '';
    const at = new Date(value);
    return `${date(value)} ${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}

export function number(value, digits = 0) {
    return new Intl.NumberFormat(locale(), {maximumFractionDigits: digits}).format(value ?? 0);
}
