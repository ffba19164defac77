-- Credit records keep people's words and codes only; the screens put the rest into the reader's
-- language. Rows written before stored fixed texts: an acceptance result superseded by a new score
-- (and the objection it closed), an upheld objection's prefix on the withdrawal reason, and the note
-- of results published automatically on 1 January.
UPDATE credit_event SET withdrawal_reason = 'SUPERSEDED'
 WHERE withdrawal_reason = '验收重新评分，由新的验收结果取代（superseded by a new acceptance score）';

UPDATE credit_objection SET decision_comment = 'SUPERSEDED'
 WHERE decision_comment = '验收重新评分，由新的验收结果取代（superseded by a new acceptance score）';

UPDATE credit_event
   SET withdrawal_reason = SUBSTRING(withdrawal_reason, CHAR_LENGTH('异议成立（objection upheld）：') + 1)
 WHERE withdrawal_reason LIKE '异议成立（objection upheld）：%'
   AND CHAR_LENGTH(withdrawal_reason) > CHAR_LENGTH('异议成立（objection upheld）：');

UPDATE credit_result_publication SET note = NULL
 WHERE note = '年度信用评价结果（自动发布）' AND published_by_name = 'system';
