# decode
