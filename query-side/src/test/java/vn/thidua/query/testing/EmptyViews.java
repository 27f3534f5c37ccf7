package vn.thidua.query.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Every projection test starts on empty views, whatever the tests before it left in the shared database. */
class EmptyViews implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(ViewTables.class).deleteAll();
    }
}
