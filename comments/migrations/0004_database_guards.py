"""The invariants in the database itself, so that no way round the Python models breaks them.

`Comment.save()`, `Comment.objects.update()` and `Decision.save()/delete()` refuse these changes in
Python; `only()`/`defer()` then `save()`, `_base_manager.update()`, queryset `update()`/`delete()`
on decisions and raw SQL do not go through that code. These triggers refuse, whatever the way in:
- any change to a comment's name, email, body or article;
- any change to the status of a comment already decided;
- any update or delete of a decision;
- on PostgreSQL, a status change without its decision in the same transaction (a deferred
  constraint trigger, checked at commit, since the decision is written after the status).
SQLite cannot defer a trigger, so there the last guard is Python's alone; nor does it refuse a
decision's delete (Django's test flush empties tables with DELETE, where PostgreSQL's TRUNCATE
fires no row trigger).
"""
from django.db import migrations

# (no apostrophes: they sit inside SQL string literals)
GUARDED = "the name, email, body and article of a comment never change"
DECIDED = "the status of a decided comment never changes: decisions are final"
FINAL = "decisions are a permanent record: never updated or deleted"
UNDECIDED = "the status of a comment changes only with its decision"

POSTGRESQL = [
    f"""
    CREATE FUNCTION newsroom_comment_guard() RETURNS trigger AS $$
    BEGIN
      IF NEW.author_name IS DISTINCT FROM OLD.author_name OR NEW.email IS DISTINCT FROM OLD.email
         OR NEW.body IS DISTINCT FROM OLD.body OR NEW.article_id IS DISTINCT FROM OLD.article_id THEN
        RAISE EXCEPTION '{GUARDED} (comment %)', OLD.id USING ERRCODE = 'restrict_violation';
      END IF;
      IF OLD.status <> 'pending' AND NEW.status IS DISTINCT FROM OLD.status THEN
        RAISE EXCEPTION '{DECIDED} (comment %)', OLD.id USING ERRCODE = 'restrict_violation';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql;
    CREATE TRIGGER newsroom_comment_guard BEFORE UPDATE ON comments_comment
      FOR EACH ROW EXECUTE FUNCTION newsroom_comment_guard();
    """,
    f"""
    CREATE FUNCTION newsroom_comment_status_has_decision() RETURNS trigger AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
          SELECT 1 FROM comments_decision d WHERE d.comment_id = NEW.id
          AND d.action = CASE NEW.status WHEN 'approved' THEN 'approve' WHEN 'rejected' THEN 'reject' END) THEN
        RAISE EXCEPTION '{UNDECIDED} (comment %)', NEW.id USING ERRCODE = 'restrict_violation';
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql;
    CREATE CONSTRAINT TRIGGER newsroom_comment_status_has_decision AFTER UPDATE ON comments_comment
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsroom_comment_status_has_decision();
    """,
    f"""
    CREATE FUNCTION newsroom_decision_final() RETURNS trigger AS $$
    BEGIN
      RAISE EXCEPTION '{FINAL} (decision %)', OLD.id USING ERRCODE = 'restrict_violation';
    END $$ LANGUAGE plpgsql;
    CREATE TRIGGER newsroom_decision_final BEFORE UPDATE OR DELETE ON comments_decision
      FOR EACH ROW EXECUTE FUNCTION newsroom_decision_final();
    """,
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS newsroom_decision_final ON comments_decision; DROP FUNCTION IF EXISTS newsroom_decision_final();",
    "DROP TRIGGER IF EXISTS newsroom_comment_status_has_decision ON comments_comment; "
    "DROP FUNCTION IF EXISTS newsroom_comment_status_has_decision();",
    "DROP TRIGGER IF EXISTS newsroom_comment_guard ON comments_comment; DROP FUNCTION IF EXISTS newsroom_comment_guard();",
]

SQLITE = [
    f"""
    CREATE TRIGGER newsroom_comment_guard BEFORE UPDATE ON comments_comment FOR EACH ROW
    WHEN NEW.author_name IS NOT OLD.author_name OR NEW.email IS NOT OLD.email OR NEW.body IS NOT OLD.body
      OR NEW.article_id IS NOT OLD.article_id
    BEGIN SELECT RAISE(ABORT, '{GUARDED}'); END;
    """,
    f"""
    CREATE TRIGGER newsroom_comment_decided BEFORE UPDATE ON comments_comment FOR EACH ROW
    WHEN OLD.status <> 'pending' AND NEW.status IS NOT OLD.status
    BEGIN SELECT RAISE(ABORT, '{DECIDED}'); END;
    """,
    f"""
    CREATE TRIGGER newsroom_decision_final BEFORE UPDATE ON comments_decision FOR EACH ROW
    BEGIN SELECT RAISE(ABORT, '{FINAL}'); END;
    """,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS newsroom_decision_final;",
    "DROP TRIGGER IF EXISTS newsroom_comment_decided;",
    "DROP TRIGGER IF EXISTS newsroom_comment_guard;",
]


def _run(statements):
    def run(apps, schema_editor):
        chosen = statements.get(schema_editor.connection.vendor, [])
        for sql in chosen:
            schema_editor.execute(sql, params=None)  # no interpolation: the PL/pgSQL bodies hold "%"
    return run


class Migration(migrations.Migration):
    dependencies = [("comments", "0003_comment_language")]

    operations = [
        migrations.RunPython(_run({"postgresql": POSTGRESQL, "sqlite": SQLITE}),
                             _run({"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE})),
    ]
