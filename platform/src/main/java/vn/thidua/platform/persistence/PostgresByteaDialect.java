package vn.thidua.platform.persistence;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * Axon maps payloads, metadata, tokens and sagas as {@code @Lob byte[]}, which Hibernate puts in PostgreSQL large
 * objects ({@code oid}) that are never cleaned up and that {@code validate} then insists on. This dialect keeps
 * them as plain {@code bytea} (Axon reference guide, "RDBMS tuning").
 */
public class PostgresByteaDialect extends PostgreSQLDialect {

    public PostgresByteaDialect() {
        super();
    }

    public PostgresByteaDialect(DialectResolutionInfo info) {
        super(info);
    }

    public PostgresByteaDialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
    }
}
