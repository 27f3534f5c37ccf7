package vn.thidua.platform.persistence;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * The embedded store's counterpart of {@link PostgresByteaDialect}: Axon's {@code @Lob byte[]} columns as H2
 * {@code binary varying}, kept in the row, instead of {@code blob}. H2 keeps a blob longer than 256 bytes, which
 * nearly every event payload is, apart from its row, and copies it into a temporary blob for every row a query with
 * a sort or a limit returns: a tracking processor's batch query spent more time on that copy than on reading the rows
 * (ViewBenchmark, 1 M events). Migration {@code V1_2_0} converts the tables.
 */
public class H2VarbinaryDialect extends H2Dialect {

    private static final String INLINE = "binary varying";

    public H2VarbinaryDialect() {
        super();
    }

    public H2VarbinaryDialect(DialectResolutionInfo info) {
        super(info);
    }

    public H2VarbinaryDialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? INLINE : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? INLINE : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(Types.BLOB, VarbinaryJdbcType.INSTANCE);
    }
}
