package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.collective;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.Steps.individual;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.thidua.platform.test.ApiClient.Answer;
import vn.thidua.platform.test.TestDatabases;

/**
 * The web console in Debian's headless Chromium, against the standalone app on H2: an award proposal for a cadre
 * of UBND xã Lơ Ku goes commune → district → province through the screens a civil servant uses, the register then
 * shows its decision number, and the national auditor finds the three steps in the audit log. A refusal is shown
 * with its rule explained in Vietnamese; English is one switch away. With {@code -Dconsole.screenshots=true} the
 * main screens are saved to {@code docs/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PASSWORD = "thidua2026";
    private static final String AWARD = "MINISTERIAL_OR_PROVINCIAL_COMMENDATION";
    private static final String PROPOSAL = "dn-lo-ku-an";

    @TempDir
    static Path data;
    @TempDir
    static Path browserProfile;

    private RunningApp app;
    private WebDriver browser;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() {
        // CI installs Chromium (.ci/run); a machine without it fails here rather than skipping the console's test
        assertThat(Files.isExecutable(CHROMIUM)).as("apt-get install -y chromium chromium-driver").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("apt-get install -y chromium chromium-driver").isTrue();
        app = RunningApp.start(TestDatabases.h2File(data));
        base = app.baseUrl();
        prepareTheNominee();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--window-size=1366,900", "--lang=vi-VN", "--user-data-dir=" + browserProfile.toAbsolutePath());
        // an explicit driver: Selenium Manager is never asked to download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    /** Plans on three levels of Gia Lai, a cadre of xã Lơ Ku with two grassroots titles, rated and nominated. */
    private void prepareTheNominee() {
        Steps steps = new Steps(app);
        steps.launch("ubnd-tinh-gia-lai", "gl-2025", "ubnd-tinh-gia-lai", "25/KH-UBND", null, 2025, 2025, """
                [{"awardType": "%s", "targetKind": "INDIVIDUAL", "quota": {"limit": 10}}]""".formatted(AWARD));
        steps.launch("ubnd-huyen-kbang", "kbang-2025", "ubnd-huyen-kbang", "118/KH-UBND", "gl-2025", 2025, 2025, """
                [{"awardType": "%s", "targetKind": "INDIVIDUAL"}]""".formatted(AWARD));
        steps.launch("ubnd-xa-lo-ku", "lo-ku-2025", "ubnd-xa-lo-ku", "07/KH-UBND", "kbang-2025", 2025, 2025, """
                [{"awardType": "%s", "targetKind": "INDIVIDUAL"}]""".formatted(AWARD));
        steps.person("ubnd-xa-lo-ku", "lo-ku-nguyen-van-an", "Nguyễn Văn An", "ubnd-xa-lo-ku");
        steps.history("ubnd-xa-lo-ku", individual("lo-ku-nguyen-van-an"), "[]", """
                [{"year": 2023, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "12/QĐ-UBND"},
                 {"year": 2024, "awardType": "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber": "15/QĐ-UBND"}]""");
        steps.register("ubnd-xa-lo-ku", "lo-ku-2025", "dk-an", individual("lo-ku-nguyen-van-an"));
        steps.register("ubnd-huyen-kbang", "kbang-2025", "dk-lo-ku", collective("ubnd-xa-lo-ku"));
        steps.finalReview("ubnd-xa-lo-ku", "lo-ku-2025", "tk-2025", 2025, "EXCELLENT", AWARD, List.of("dk-an"));
    }

    @Test
    @Order(0)
    void the_console_loads_without_credentials_and_its_api_calls_get_no_basic_challenge() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/", "/console/app.js", "/console/console.css", "/webjars/echarts/5.3.1/dist/echarts.min.js")) {
            HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(file.statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> byConsole = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                .header("X-Requested-With", "fetch").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byConsole.statusCode()).isEqualTo(401);
        assertThat(byConsole.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> byOthers = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(byOthers.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"thidua\"");

        Answer me = expect(200, app.as("ubnd-xa-lo-ku").get("/api/me"));
        assertThat(me.json().path("unitId").asString()).isEqualTo("ubnd-xa-lo-ku");
        assertThat(me.json().path("roles").toString()).contains("OFFICER").contains("COUNCIL");
    }

    @Test
    @Order(1)
    void the_commune_officer_proposes_the_award_for_the_nominee() {
        signIn("ubnd-xa-lo-ku");
        click(By.linkText("Phong trào"));
        click(By.linkText("07/KH-UBND"));
        WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-links li[data-review='tk-2025']")));
        assertThat(review.getText()).contains("Tổng kết 2025").contains("Đã kết thúc");
        click(By.linkText("Đợt bình xét tk-2025"));
        click(By.cssSelector("tr[data-registration='dk-an'] a[data-action='propose']"));

        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("propose-form")));
        type(form.findElement(By.name("proposalId")), PROPOSAL);
        List<WebElement> references = form.findElements(By.name("reference"));
        type(references.get(0), "Tờ trình số 05/TTr-UBND");
        type(references.get(1), "Báo cáo thành tích của ông Nguyễn Văn An");
        type(references.get(2), "Biên bản họp Hội đồng TĐKT xã");
        vote(form);
        form.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Theo dõi hồ sơ · " + PROPOSAL));
        assertThat(text(By.id("timeline"))).contains("Gửi đề nghị").contains("ubnd-xa-lo-ku");
        assertThat(text(By.id("main"))).contains("Đang chờ tại: ubnd-huyen-kbang");
    }

    @Test
    @Order(2)
    void a_refusal_is_shown_with_its_rule_explained_in_vietnamese() {
        browser.navigate().back();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("propose-form")));
        type(form.findElement(By.name("proposalId")), "dn-lo-ku-an-lan-2");
        for (WebElement reference : form.findElements(By.name("reference"))) {
            type(reference, "Văn bản kèm theo");
        }
        vote(form);
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.error")));
        assertThat(error.getAttribute("data-rule")).isEqualTo("P7");
        assertThat(error.getText())
                .contains("Không thực hiện được")
                .contains("Quy tắc P7: Một đối tượng không được đề nghị hoặc khen cùng một hình thức hai lần");
    }

    @Test
    @Order(3)
    void the_district_council_forwards_it_from_its_inbox() {
        signIn("ubnd-huyen-kbang");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#inbox tr[data-proposal='" + PROPOSAL + "']")));
        assertThat(row.getText()).contains("Bằng khen cấp bộ, tỉnh").contains("Trong hạn");
        Instant dueAt = Instant.parse(expect(200, app.as("ubnd-huyen-kbang").get("/api/units/ubnd-huyen-kbang/inbox"))
                .json().path("items").get(0).path("dueAt").asString());
        // the last day of the limit, in Vietnam: the limit ends at midnight there after it
        String lastDay = DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(dueAt.minusNanos(1).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(row.findElement(By.cssSelector("td.deadline .due-date")).getText()).isEqualTo(lastDay);
        screenshot("inbox");

        row.findElement(By.cssSelector("button[data-action='forward']")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-form")));
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("inFavour");
        vote(form);
        type(form.findElement(By.name("remarks")), "Đủ điều kiện, trình UBND tỉnh");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                PROPOSAL + ": Đang xử lý → ubnd-tinh-gia-lai"));
        assertThat(browser.findElements(By.cssSelector("#inbox tr[data-proposal='" + PROPOSAL + "']"))).isEmpty();
        assertThat(text(By.id("outbox"))).contains(PROPOSAL);
    }

    @Test
    @Order(4)
    void the_province_approves_it_and_the_register_shows_the_decision_number() {
        signIn("ubnd-tinh-gia-lai");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#inbox tr[data-proposal='" + PROPOSAL + "']")));
        row.findElement(By.cssSelector("button[data-action='approve']")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-form")));
        type(form.findElement(By.name("decisionId")), "qd-gia-lai-2025-1");
        vote(form);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), PROPOSAL + ": Đã phê duyệt"));

        Answer register = expect(200, app.as("ubnd-tinh-gia-lai").get("/api/awards?unit=ubnd-xa-lo-ku"));
        String decisionNumber = register.json().path("items").get(0).path("decisionNumber").asString();
        assertThat(decisionNumber).endsWith("/QĐ-UBND");

        click(By.linkText("Sổ khen thưởng"));
        WebElement entry = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#register tr[data-decision='" + decisionNumber + "']")));
        assertThat(entry.getText()).contains("Nguyễn Văn An").contains("Bằng khen cấp bộ, tỉnh");
        screenshot("register");

        browser.get(base + "/#/proposals/" + PROPOSAL);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline li"), 3));
        assertThat(text(By.id("timeline"))).contains("Gửi đề nghị").contains("Trình cấp trên").contains("Đã phê duyệt");
        screenshot("tracker");

        browser.get(base + "/#/campaigns/gl-2025");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#campaign-tree li"), 3));
        assertThat(text(By.id("campaign-tree"))).contains("25/KH-UBND").contains("118/KH-UBND").contains("07/KH-UBND");
        assertThat(browser.findElements(By.tagName("meter"))).isNotEmpty();
        screenshot("campaign-tree");
    }

    @Test
    @Order(5)
    void the_national_auditor_finds_the_three_steps_in_the_audit_log() {
        signIn("kiem-tra-trung-uong");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-filter")));
        type(filter.findElement(By.name("aggregate")), PROPOSAL);
        filter.findElement(By.cssSelector("button[type='submit']")).click();
        // the unfiltered first page has more rows: three means the filter's answer is shown
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#audit-log tr[data-type]"), 3));
        assertThat(browser.findElements(By.cssSelector("#audit-log tr[data-type]")).stream()
                .map(row -> row.getAttribute("data-type")).toList())
                .containsExactly("ProposalApproved", "ProposalForwarded", "ProposalSubmitted");
        assertThat(text(By.id("audit-log"))).contains("ubnd-xa-lo-ku").contains("ubnd-huyen-kbang").contains("ubnd-tinh-gia-lai");

        click(By.id("verify"));
        WebElement verified = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-result")));
        assertThat(verified.getText()).containsAnyOf("Chuỗi nhật ký toàn vẹn", "chưa có trên máy chủ này");
        screenshot("audit-log");
    }

    @Test
    @Order(6)
    void switching_to_english_translates_the_console() {
        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Audit log (every event)"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(By.id("nav"))).contains("Award register").doesNotContain("Sổ khen thưởng");

        new Select(browser.findElement(By.id("language"))).selectByValue("vi");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nhật ký kiểm tra"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    }

    @Test
    @Order(7)
    void the_phase_report_runs_with_a_progress_bar_and_draws_its_charts() {
        click(By.linkText("Báo cáo sơ kết, tổng kết"));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
        new Select(form.findElement(By.name("campaignId"))).selectByValue("gl-2025");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.attributeToBe(By.id("report-charts"), "data-ready", "true"));
        for (String chart : List.of("chart-participation", "chart-ratings", "chart-days", "chart-awards")) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
        }
        WebElement progress = browser.findElement(By.id("report-progress"));
        assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max"));
        browser.manage().window().setSize(new Dimension(1366, 1250)); // all four charts in the picture
        screenshot("phase-report");
    }

    @Test
    @Order(8)
    void nothing_the_console_did_broke_its_content_security_policy() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(violations).isEmpty();
    }

    private void signIn(String user) {
        if (browser.getCurrentUrl().startsWith(base) && !browser.findElements(By.id("sign-out")).isEmpty()) {
            browser.findElement(By.id("sign-out")).click();
        } else {
            browser.get(base + "/");
        }
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("username");
        type(form.findElement(By.name("username")), user);
        type(form.findElement(By.name("password")), PASSWORD);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), user));
    }

    private void vote(WebElement form) {
        type(form.findElement(By.name("inFavour")), "7");
        type(form.findElement(By.name("present")), "8");
        type(form.findElement(By.name("total")), "9");
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
    }

    /** Only on request: the PNGs are committed, and a normal run must not rewrite them. */
    private void screenshot(String name) {
        if (!Boolean.getBoolean("console.screenshots")) {
            return;
        }
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("..", "docs", "screenshots", name + ".png").toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save " + target, e);
        }
    }
}
