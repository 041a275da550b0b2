"""保护社会满意度: the survey of the parties after a case closes and how its score is computed."""
