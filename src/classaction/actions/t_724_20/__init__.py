"""File T-724-20: Doan v. His Majesty the King (the RCMP's use of Clearview AI).

``rules``: one function per criterion of its three classes; ``readings``: the
points its class definitions leave open (R1-R10).
"""
