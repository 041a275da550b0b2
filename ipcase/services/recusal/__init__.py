"""Write side of recusal: an application and the 部门负责人's decision."""
