package gov.bureau.portal.supervision;

import gov.bureau.portal.common.PortalException;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The supervision area's repositories. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface InspectionRepository extends CrudRepository<Records.Inspection, Long> {
        Optional<Records.Inspection> findByIdForUpdate(Long id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ItemRepository extends CrudRepository<Records.Item, Long> {

        @Query("SELECT * FROM inspection_item WHERE inspection_id = :inspectionId ORDER BY subject_id")
        List<Records.Item> findByInspection(long inspectionId);

        Optional<Records.Item> findByIdForUpdate(Long id);

        @Query("INSERT INTO inspection_inspector (item_id, user_id) VALUES (:itemId, :userId)")
        void addInspector(long itemId, long userId);

        /** The inspection's item, locked for the change; an item of another inspection is not found. */
        default Records.Item lockIn(long inspectionId, long itemId) {
            Records.Item item = findByIdForUpdate(itemId).orElseThrow(PortalException::notFound);
            if (item.inspectionId() != inspectionId) {
                throw PortalException.notFound();
            }
            return item;
        }
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface WorkpaperRepository extends CrudRepository<Records.Workpaper, Long> {
        @Query("SELECT * FROM inspection_workpaper WHERE item_id IN (:itemIds) ORDER BY id")
        List<Records.Workpaper> findByItems(Collection<Long> itemIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface FindingRepository extends CrudRepository<Records.Finding, Long> {
        @Query("SELECT * FROM inspection_finding WHERE item_id IN (:itemIds) ORDER BY id")
        List<Records.Finding> findByItems(Collection<Long> itemIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface RepairRepository extends CrudRepository<Records.Repair, Long> {

        Optional<Records.Repair> findByIdForUpdate(Long id);

        @Query("SELECT * FROM credit_repair WHERE agency_id = :agencyId ORDER BY id DESC")
        List<Records.Repair> findByAgency(long agencyId);

    }
}
