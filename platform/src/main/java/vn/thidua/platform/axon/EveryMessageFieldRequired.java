package vn.thidua.platform.axon;

import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.module.SimpleModule;

/**
 * Makes every field of the shared-api messages required when Axon reads them back: a stored event missing one (an
 * older shape) is refused instead of read with a null or a zero, so a changed event needs its {@code @Revision} and
 * an upcaster ({@link ArrivalDueDateUpcaster}). Only our own records: Axon's tokens leave out fields they do not use
 * ({@code ReplayToken}'s reset context), and Jackson's {@code FAIL_ON_MISSING_CREATOR_PROPERTIES} would refuse them.
 */
final class EveryMessageFieldRequired extends SimpleModule {

    private static final String MESSAGES = "vn.thidua.api.";

    EveryMessageFieldRequired() {
        super("thidua-every-message-field-required");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new NopAnnotationIntrospector() {
            @Override
            public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
                return member.getDeclaringClass().getName().startsWith(MESSAGES) ? Boolean.TRUE : null;
            }
        });
    }
}
