package eu.alpkb.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests, driven through the system's chromedriver. Both paths are given to
 * Selenium explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver. A missing browser
 * fails the test loudly instead of skipping it.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("alpkb.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("alpkb.chromedriver", "/usr/bin/chromedriver"));
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    /**
     * The DevTools bindings are left out of the build on purpose (the tests use WebDriver only), so Selenium's
     * warning that none matches the browser is noise. Held here because the logging system keeps loggers weakly.
     */
    private static final java.util.logging.Logger CDP_FINDER =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_FINDER.setLevel(Level.SEVERE);
    }

    private Browser() {
    }

    /**
     * @param profile    an empty folder for the browser's profile
     * @param javascript whether pages may run scripts
     */
    static ChromeDriver start(Path profile, boolean javascript) {
        for (Path p : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(p)) {
                throw new AssertionError("The browser tests need Chromium and its driver, and " + p
                        + " is missing. Install them with:  " + INSTALL + "   (as root; use sudo otherwise)");
            }
        }
        // Selenium takes the driver from this property before it would ever ask Selenium Manager.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars", "--window-size=1280,900",
                "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        viewport(driver, 1280, 900);
        return driver;
    }

    /** Sizes the window so that the page itself (not the window around it) is {@code width} by {@code height}. */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) driver.executeScript("return window.innerWidth;");
        long innerHeight = (Long) driver.executeScript("return window.innerHeight;");
        driver.manage().window().setSize(new Dimension((int) (2L * width - innerWidth),
                (int) (2L * height - innerHeight)));
    }

    /** Saves what the browser shows to {@code target/screenshots/NAME.png}. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path out = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
